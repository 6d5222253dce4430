package vn.motcua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.support.ApiTestSupport;

/**
 * The state changes kept in the rollup (withdrawals after receipt, suspensions begun and ended) and its month level
 * give exactly what a recount of the dossier rows and their timelines gives. Two office weeks across a month's end
 * (26 June – 7 July 2026, a period no other test uses), driven through the REST API on the sandbox clock: dossiers
 * suspended and resumed, suspended and withdrawn while waiting, withdrawn while in handling, resolved, left overdue,
 * suspended after their due instant, resolved, rejected and withdrawn after their due instant.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorStatesTest extends ApiTestSupport {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate FIRST = LocalDate.of(2026, 6, 25);
    static final LocalDate LAST = LocalDate.of(2026, 7, 7);

    @Autowired
    IndicatorService service;

    @Autowired
    IndicatorStates states;

    @Autowired
    IndicatorMapper mapper;

    final Map<String, String> codes = new HashMap<>();

    @BeforeAll
    void twoWeeks() throws Exception {
        clockAt("2026-06-26T09:00:00+07:00");
        for (String name : List.of(
                "resumed",
                "withdrawnWaiting",
                "withdrawn",
                "resolved",
                "overdue",
                "lateSuspended",
                "lateResolved",
                "lateRejected",
                "lateWithdrawnWaiting")) {
            codes.put(name, accepted("HO-KINH-DOANH").get("code").asText());
        }
        clockAt("2026-06-29T09:00:00+07:00");
        supplementAsked("resumed");
        expect(
                200,
                postAs(
                        "clerk",
                        Map.of("reason", "Công dân xin rút"),
                        "/api/dossiers/{code}/withdraw",
                        codes.get("withdrawn")));
        clockAt("2026-06-30T09:00:00+07:00");
        supplementAsked("withdrawnWaiting");
        completeOk("handler.tckh", codes.get("resolved"), Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", codes.get("resolved"), Map.of("outcome", "SIGN"));
        clockAt("2026-07-01T10:00:00+07:00");
        expect(
                200,
                postAs(
                        "clerk",
                        Map.of("documents", List.of(Map.of("name", "Biên bản họp"))),
                        "/api/dossiers/{code}/supplement",
                        codes.get("resumed")));
        clockAt("2026-07-02T09:00:00+07:00");
        expect(
                200,
                postAs(
                        "clerk",
                        Map.of("reason", "Không bổ sung được"),
                        "/api/dossiers/{code}/withdraw",
                        codes.get("withdrawnWaiting")));
        // Past their due instant (1 July 09:00): overdue until they leave handling or wait.
        completeOk("handler.tckh", codes.get("lateResolved"), Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", codes.get("lateResolved"), Map.of("outcome", "SIGN"));
        supplementAsked("lateWithdrawnWaiting");
        clockAt("2026-07-03T09:00:00+07:00");
        completeOk("handler.tckh", codes.get("resumed"), Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", codes.get("resumed"), Map.of("outcome", "SIGN"));
        completeOk(
                "handler.tckh", codes.get("lateRejected"), Map.of("outcome", "REJECT", "reason", "Ngành nghề bị cấm"));
        // Past its due instant (1 July 09:00), so it is overdue until it waits, and not while it waits.
        clockAt("2026-07-06T09:00:00+07:00");
        supplementAsked("lateSuspended");
        expect(
                200,
                postAs(
                        "clerk",
                        Map.of("reason", "Không bổ sung được"),
                        "/api/dossiers/{code}/withdraw",
                        codes.get("lateWithdrawnWaiting")));
        clockAt("2026-07-07T10:00:00+07:00");
    }

    /** At the end of every day, for every scope: the rollup's identities give the recount's states. */
    @Test
    void pastPeriodEndStatesFromTheRollupEqualTheRecount() {
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            for (IndicatorScope scope : scopes(day, day)) {
                IndicatorStates.States at = states.at(scope, Map.of("", mapper.totals(scope, RollupSpan.of(day, day))))
                        .get("");
                for (Metric metric : List.of(
                        Metric.IN_PROGRESS,
                        Metric.SUSPENDED,
                        Metric.IN_PROGRESS_OVERDUE,
                        Metric.PASSED_DUE,
                        Metric.LATE_WITHOUT_APOLOGY)) {
                    long state = switch (metric) {
                        case IN_PROGRESS -> at.inProgress();
                        case SUSPENDED -> at.suspended();
                        case IN_PROGRESS_OVERDUE -> at.inProgressOverdue();
                        case PASSED_DUE -> at.passedDue();
                        default -> at.lateWithoutApology();
                    };
                    assertThat(state)
                            .as(metric.param() + " at the end of " + scope)
                            .isEqualTo(mapper.count(scope, metric.param()));
                }
            }
        }
        // What the scenario did, seen through the identities: nine received, one withdrawn, one resolved by 30 June;
        // two waiting then. By 3 July four more left handling (two of them after their due instant) and one waits
        // since 2 July, past its due instant; on 6 July it is withdrawn and another waits, suspended after its due
        // instant, so no longer overdue.
        assertThat(figures(LocalDate.of(2026, 6, 30)).inProgress()
                        - figures(FIRST).inProgress())
                .isEqualTo(7);
        assertThat(figures(LocalDate.of(2026, 6, 30)).suspended()
                        - figures(FIRST).suspended())
                .isEqualTo(2);
        assertThat(figures(LocalDate.of(2026, 7, 3)).inProgress()
                        - figures(FIRST).inProgress())
                .isEqualTo(3);
        assertThat(figures(LocalDate.of(2026, 7, 3)).suspended()
                        - figures(FIRST).suspended())
                .isEqualTo(1);
        assertThat(figures(LocalDate.of(2026, 7, 6)).suspended()
                        - figures(FIRST).suspended())
                .isEqualTo(1);
        assertThat(figures(LocalDate.of(2026, 7, 6)).inProgressOverdue()
                        - figures(LocalDate.of(2026, 7, 3)).inProgressOverdue())
                .isEqualTo(-1);
        // Due on 1 July and still in handling then: left overdue, suspended later, resolved, rejected and withdrawn
        // late; none had an apology letter. The one waiting since 30 June did not pass its due instant.
        assertThat(figures(LocalDate.of(2026, 7, 1)).passedDue()).isEqualTo(5);
        assertThat(figures(LocalDate.of(2026, 7, 1)).lateWithoutApology()).isEqualTo(5);
    }

    /** Every figure and every drill-down total, over periods of days, of whole months, and across a month's end. */
    @Test
    void everyFigureAndTotalEqualsTheRecountOverDaysAndMonths() {
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)},
                new LocalDate[] {LocalDate.of(2026, 6, 26), LocalDate.of(2026, 7, 7)},
                new LocalDate[] {LocalDate.of(2026, 5, 15), LocalDate.of(2026, 7, 2)},
                new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)},
                new LocalDate[] {LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)});
        for (LocalDate[] period : periods) {
            for (IndicatorScope scope : scopes(period[0], period[1])) {
                Figures figures = service.figures(scope);
                for (Metric metric : Metric.values()) {
                    long recount = mapper.count(scope, metric.param());
                    assertThat(figures.count(metric))
                            .as(metric.param() + " in " + scope)
                            .isEqualTo(recount);
                    assertThat(service.total(scope, metric))
                            .as("total of " + metric.param() + " in " + scope)
                            .isEqualTo(recount);
                }
            }
        }
    }

    /**
     * A report grouped by unit, department or procedure counts every group in one pass per part, and one by month reads
     * all its whole months at once; each row must be what the scope of that group alone gives, in past periods and in
     * one still running, and the report's total what the whole scope gives.
     */
    @Test
    void eachGroupOfAGroupedReportEqualsItsOwnScope() {
        List<String[]> periods = List.of(
                new String[] {"2026-06-26", "2026-06-30"},
                new String[] {"2026-07-01", "2026-07-31"},
                new String[] {"2024-01-01", "2026-07-07"});
        for (String[] period : periods) {
            LocalDate from = LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            for (String groupBy : List.of("unit", "department", "procedure", "month")) {
                IndicatorReport report = service.report(period[0], period[1], null, null, null, groupBy);
                assertThat(report.groups()).as(groupBy).isNotEmpty();
                // The whole period's figures, which a grouped report sums from its groups, are the scope's own.
                assertThat(report.total())
                        .as(groupBy + " total in " + from + ".." + to)
                        .isEqualTo(service.figures(service.scope(from, to, null, null, null)));
                for (IndicatorReport.Row row : report.groups()) {
                    IndicatorScope own = switch (groupBy) {
                        case "unit" -> service.scope(from, to, row.key(), null, null);
                        case "department" -> service.scope(from, to, null, row.key(), null);
                        case "month" -> {
                            java.time.YearMonth m = java.time.YearMonth.parse(row.key());
                            yield service.scope(
                                    m.atDay(1).isBefore(from) ? from : m.atDay(1),
                                    m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth(),
                                    null,
                                    null,
                                    null);
                        }
                        default -> service.scope(from, to, null, null, row.key());
                    };
                    assertThat(row.figures())
                            .as(groupBy + " " + row.key() + " in " + from + ".." + to)
                            .isEqualTo(service.figures(own));
                }
            }
        }
        // The scenario's own dossiers are there to be counted apart.
        IndicatorReport byProcedure = service.report("2026-06-26", "2026-06-30", null, null, null, "procedure");
        assertThat(byProcedure.groups())
                .filteredOn(r -> r.key().equals("HO-KINH-DOANH"))
                .singleElement()
                .satisfies(r -> assertThat(r.figures().received()).isGreaterThanOrEqualTo(9));
    }

    /**
     * Paging through any figure's dossiers, a few at a time, lists each of them exactly once; the in-progress family
     * also at the end of every day of the scenario, whose dossiers waited, resumed, were resolved, rejected and
     * withdrawn after some of those ends.
     */
    @Test
    void pagesOfADrillDownListEveryDossierOnce() {
        IndicatorScope scope = service.scope(LocalDate.of(2024, 1, 1), LAST, null, null, null);
        for (Metric metric : Metric.values()) {
            assertPagesListTheRecountOnce(scope, metric);
            assertThat(service.page(scope, metric, 3, 0)).as(metric.param()).hasSize((int)
                    Math.min(3, service.total(scope, metric)));
        }
        String unit =
                jdbc.queryForObject("SELECT unit_code FROM dossier WHERE code = ?", String.class, codes.get("resumed"));
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            for (String scoped : java.util.Arrays.asList(null, unit)) {
                IndicatorScope toDay = service.scope(FIRST, day, scoped, null, null);
                for (Metric metric : List.of(Metric.IN_PROGRESS, Metric.IN_PROGRESS_OVERDUE, Metric.SUSPENDED)) {
                    assertPagesListTheRecountOnce(toDay, metric);
                }
            }
        }
        long resumed = jdbc.queryForObject("SELECT id FROM dossier WHERE code = ?", Long.class, codes.get("resumed"));
        assertThat(mapper.pageIds(
                        service.scope(FIRST, LocalDate.of(2026, 6, 30), null, null, null), "suspended", 50, 0))
                .as("waiting at the end of 30 June, resolved since")
                .contains(resumed);
    }

    private void assertPagesListTheRecountOnce(IndicatorScope scope, Metric metric) {
        long total = service.total(scope, metric);
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 3L < total + 3; page++) {
            paged.addAll(mapper.pageIds(scope, metric.param(), 3, page * 3L));
        }
        // As many as the figure, none twice, and the very dossiers of the recount: each one exactly once.
        assertThat(paged)
                .as(metric.param() + " to " + scope.to())
                .hasSize((int) total)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mapper.recountIds(scope, metric.param()));
    }

    /**
     * An office upgraded to V13 gets its finished dossiers' outcome rows from the migration's backfill, not from the
     * steps that judged them: the backfill must judge every one of them exactly as the steps did, or its past drill-down
     * pages would list other dossiers than its figures count. Run on every outcome the steps wrote so far (this class's
     * and whatever other tests left), in a transaction rolled back at the end.
     */
    @Test
    void theUpgradeBackfillJudgesEveryFinishedDossierAsItsStepsDid() throws Exception {
        String backfill = backfillOfV13();
        String outcomes = "SELECT dossier_id, unit_code, procedure_code, resolved_at, timeliness, due_at, due_outcome"
                + " FROM indicator_outcome ORDER BY dossier_id";
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            List<Map<String, Object>> judgedBySteps = jdbc.queryForList(outcomes);
            jdbc.update("DELETE FROM indicator_outcome");
            jdbc.update(backfill);
            List<Map<String, Object>> judgedByBackfill = jdbc.queryForList(outcomes);
            tx.setRollbackOnly();

            assertThat(judgedByBackfill).containsExactlyElementsOf(judgedBySteps);
            // This class's dossiers alone give the backfill a case of each kind it must tell apart.
            List<Object> ours = codes.values().stream()
                    .map(code ->
                            (Object) jdbc.queryForObject("SELECT id FROM dossier WHERE code = ?", Long.class, code))
                    .toList();
            assertThat(judgedBySteps.stream()
                            .filter(row -> ours.contains(row.get("dossier_id")))
                            .map(row -> row.get("due_outcome")))
                    .contains("KEPT", "PASSED_WITHOUT_APOLOGY");
        });
    }

    /** The INSERT of V13 that fills indicator_outcome for the dossiers finished before it. */
    private static String backfillOfV13() throws java.io.IOException {
        String script = new ClassPathResource("db/migration/common/V13__indicator_outcome.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        int start = script.indexOf("INSERT INTO indicator_outcome");
        assertThat(start).isPositive();
        return script.substring(start, script.indexOf(';', start));
    }

    /** Each month row is the sum of its day rows, counter by counter, for every key. */
    @Test
    void monthRowsAreTheSumsOfTheirDayRows() {
        String counters = String.join(", ", Counter.columns());
        Map<String, List<Long>> months = rows("SELECT stat_month, unit_code, department_code, procedure_code, channel, "
                + counters + " FROM indicator_rollup_month");
        Map<String, List<Long>> days = new HashMap<>();
        rows("SELECT stat_on, unit_code, department_code, procedure_code, channel, " + counters
                        + " FROM indicator_rollup")
                .forEach((key, values) -> {
                    String[] k = key.split("\\|", 2);
                    LocalDate on = LocalDate.parse(k[0]);
                    days.merge(RollupSpan.month(on) + "|" + k[1], values, IndicatorStatesTest::add);
                });
        // A key whose counters are all zero may exist on one level only (a row created, never moved): none here.
        assertThat(months).isNotEmpty().isEqualTo(days);
    }

    /** The new counters, summed over all time, equal the dossier rows and timeline lines they stand for. */
    @Test
    void stateChangeCountersEqualTheDossiersAndTimelines() {
        RollupTotals all = mapper.totals(
                service.scope(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31), null, null, null),
                RollupSpan.of(LocalDate.of(2000, 1, 1), IndicatorStates.LAST_DAY));
        assertThat(all.of(Counter.WITHDRAWN))
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM dossier WHERE status = 'WITHDRAWN' AND received_at IS NOT NULL",
                        Long.class));
        assertThat(all.of(Counter.SUSPENSIONS_BEGUN))
                .isEqualTo(
                        jdbc.queryForObject("SELECT COUNT(*) FROM dossier_event WHERE step = 'SUSPENDED'", Long.class));
        long resumed = jdbc.queryForObject("SELECT COUNT(*) FROM dossier_event WHERE step = 'RESUMED'", Long.class);
        long withdrawnWaiting = jdbc.queryForObject(
                "SELECT COUNT(*) FROM dossier d WHERE d.status = 'WITHDRAWN'"
                        + " AND (SELECT COUNT(*) FROM dossier_event e WHERE e.dossier_id = d.id AND e.step = 'SUSPENDED')"
                        + " > (SELECT COUNT(*) FROM dossier_event e WHERE e.dossier_id = d.id AND e.step = 'RESUMED')",
                Long.class);
        assertThat(all.of(Counter.SUSPENSIONS_ENDED)).isEqualTo(resumed + withdrawnWaiting);
        // And on the scenario's days, each counter on the date of its instant in the office zone.
        Map<LocalDate, long[]> expected = new HashMap<>();
        jdbc.query(
                "SELECT e.at, e.step FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id"
                        + " WHERE e.step IN ('SUSPENDED', 'RESUMED') AND d.procedure_code = 'HO-KINH-DOANH'",
                r -> {
                    LocalDate on = date(r.getTimestamp(1).toInstant());
                    expected.computeIfAbsent(on, x -> new long[3])[
                            r.getString(2).equals("SUSPENDED") ? 1 : 2]++;
                });
        // A dossier withdrawn while waiting ends its suspension when it closes.
        jdbc.query(
                "SELECT d.closed_at, (SELECT COUNT(*) FROM dossier_event e WHERE e.dossier_id = d.id"
                        + " AND e.step = 'SUSPENDED') - (SELECT COUNT(*) FROM dossier_event e WHERE e.dossier_id = d.id"
                        + " AND e.step = 'RESUMED') FROM dossier d WHERE d.status = 'WITHDRAWN' AND d.received_at IS NOT NULL"
                        + " AND d.procedure_code = 'HO-KINH-DOANH'",
                r -> {
                    long[] e = expected.computeIfAbsent(date(r.getTimestamp(1).toInstant()), x -> new long[3]);
                    e[0]++;
                    e[2] += r.getLong(2);
                });
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            RollupTotals t =
                    mapper.totals(service.scope(day, day, null, null, "HO-KINH-DOANH"), RollupSpan.of(day, day));
            long[] e = expected.getOrDefault(day, new long[3]);
            assertThat(new long[] {
                        t.of(Counter.WITHDRAWN), t.of(Counter.SUSPENSIONS_BEGUN), t.of(Counter.SUSPENSIONS_ENDED)
                    })
                    .as(day.toString())
                    .containsExactly(e);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private List<IndicatorScope> scopes(LocalDate from, LocalDate to) {
        return List.of(
                service.scope(from, to, null, null, null),
                service.scope(from, to, null, null, "HO-KINH-DOANH"),
                service.scope(from, to, "PHUONG-HO-SEN", null, null),
                service.scope(from, to, null, "TC-KH", null),
                service.scope(from, to, null, "TU-PHAP", null));
    }

    private Figures figures(LocalDate day) {
        return service.figures(service.scope(day, day, null, null, null));
    }

    private void supplementAsked(String name) throws Exception {
        askSupplement(codes.get(name));
    }

    private Map<String, List<Long>> rows(String sql) {
        Map<String, List<Long>> rows = new HashMap<>();
        jdbc.query(sql, r -> {
            String key = r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|"
                    + r.getString(5);
            List<Long> values = new ArrayList<>();
            for (int i = 0; i < Counter.columns().size(); i++) {
                values.add(r.getLong(6 + i));
            }
            rows.put(key, values);
        });
        return rows;
    }

    private static List<Long> add(List<Long> a, List<Long> b) {
        List<Long> sum = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i) + b.get(i));
        }
        return sum;
    }

    private static LocalDate date(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }
}
