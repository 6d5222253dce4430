package vn.motcua.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import vn.motcua.support.ApiTestSupport;

/**
 * The timeline is evidence: no code path rewrites it, and the database refuses anybody who tries (a console, a
 * script, a bug), so a step once recorded stays as it was.
 */
class AppendOnlyTimelineTest extends ApiTestSupport {

    private static final Pattern UPDATE_OR_DELETE =
            Pattern.compile("<(update|delete)\\b[^>]*>(.*?)</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Test
    void noMapperStatementUpdatesOrDeletesTheTimeline() throws Exception {
        List<String> offenders = new ArrayList<>();
        Resource[] mappers = new PathMatchingResourcePatternResolver().getResources("classpath*:vn/motcua/**/*.xml");
        assertThat(mappers).as("the mapper files were found").isNotEmpty();
        for (Resource mapper : mappers) {
            Matcher statement = UPDATE_OR_DELETE.matcher(mapper.getContentAsString(StandardCharsets.UTF_8));
            while (statement.find()) {
                if (statement.group(2).toLowerCase().contains("dossier_event")) {
                    offenders.add(mapper.getFilename());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteATimelineLine() throws Exception {
        clockAt("2025-06-11T09:00:00+07:00");
        JsonNode received = accepted("HO-KINH-DOANH");
        Map<String, Object> line = jdbc.queryForMap(
                "SELECT e.id, e.step, e.actor, e.at FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id"
                        + " WHERE d.code = ? ORDER BY e.id FETCH FIRST 1 ROWS ONLY",
                received.get("code").asText());
        Object id = line.get("id");

        assertThatThrownBy(() -> jdbc.update("UPDATE dossier_event SET actor = 'someone.else' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM dossier_event WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");

        assertThat(jdbc.queryForMap("SELECT e.id, e.step, e.actor, e.at FROM dossier_event e WHERE e.id = ?", id))
                .as("the line as it was recorded")
                .isEqualTo(line);
    }
}
