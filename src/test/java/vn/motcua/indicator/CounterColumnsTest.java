package vn.motcua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import vn.motcua.support.ApiTestSupport;

/**
 * {@link Counter} is the one list of the rollup's counters, so it must be the rollup tables' list too: a migration
 * that adds a counter column without its constant (its sums would never be read), or a constant without its column
 * (every rollup write would fail), is caught here, on the migrated test database.
 */
class CounterColumnsTest extends ApiTestSupport {

    @Test
    void everyCounterColumnOfTheRollupTablesIsACounterAndTheOtherWayRound() {
        Set<String> counters = new TreeSet<>(Counter.columns());
        for (String table : new String[] {"indicator_rollup", "indicator_rollup_month", "indicator_rollup_total"}) {
            // Whatever is not the row's key is a counter: no list of the key columns to keep in step here either.
            TreeMap<String, Boolean> counterColumns = jdbc.execute((ConnectionCallback<TreeMap<String, Boolean>>) c -> {
                DatabaseMetaData meta = c.getMetaData();
                String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
                Set<String> key = new HashSet<>();
                try (ResultSet pk = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), name)) {
                    while (pk.next()) {
                        key.add(lower(pk.getString("COLUMN_NAME")));
                    }
                }
                assertThat(key).as(table + " primary key").isNotEmpty();
                TreeMap<String, Boolean> notNullInts = new TreeMap<>();
                try (ResultSet columns = meta.getColumns(c.getCatalog(), c.getSchema(), name, null)) {
                    while (columns.next()) {
                        String column = lower(columns.getString("COLUMN_NAME"));
                        if (!key.contains(column)) {
                            notNullInts.put(
                                    column,
                                    columns.getInt("DATA_TYPE") == Types.INTEGER
                                            && columns.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls);
                        }
                    }
                }
                return notNullInts;
            });
            assertThat(counterColumns.keySet())
                    .as(table + ": its counter columns against Counter")
                    .containsExactlyElementsOf(counters);
            assertThat(counterColumns)
                    .as(table + ": counters are INT NOT NULL (DEFAULT 0 in the migrations)")
                    .doesNotContainValue(false);
        }
    }

    /** A counter's figure is drillable, exported under its header and has its JSON field; the others have none. */
    @Test
    void aCounterWithAFigureHasItsMetricHeaderAndJsonField() {
        Set<String> jsonFields = new HashSet<>();
        Arrays.stream(Figures.class.getRecordComponents()).forEach(c -> jsonFields.add(c.getName()));
        for (Counter counter : Counter.values()) {
            if (counter.param() == null) {
                assertThat(counter.label()).as(counter.name()).isNull();
                assertThat(counter.labelEn()).as(counter.name()).isNull();
                assertThat(Arrays.stream(Metric.values()).map(Metric::counter)).doesNotContain(counter);
            } else {
                assertThat(counter.label()).as(counter.name()).isNotBlank();
                assertThat(counter.labelEn()).as(counter.name()).isNotBlank();
                assertThat(jsonFields).as(counter.name()).contains(counter.param());
                assertThat(Arrays.stream(Metric.values()).filter(m -> m.counter() == counter))
                        .as(counter.name())
                        .singleElement()
                        .satisfies(m -> assertThat(m.param()).isEqualTo(counter.param()));
            }
        }
        assertThat(Arrays.stream(Metric.values()).map(Metric::param)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Metric.values()).map(Metric::label))
                .doesNotHaveDuplicates()
                .doesNotContainNull();
    }

    /**
     * The drill-down's SQL chooses a metric's set by its API name; a name there that no {@link Metric} has would be
     * a set nobody can ask for, and a metric without a name there would have no set.
     */
    @Test
    void theDrillDownSqlNamesEveryMetricAndNoOther() throws Exception {
        String xml = new ClassPathResource("vn/motcua/indicator/IndicatorMapper.xml")
                .getContentAsString(StandardCharsets.UTF_8);
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("metric == '(\\w+)'").matcher(xml);
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Metric.values()).map(Metric::param).toList());
    }

    private static String lower(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
