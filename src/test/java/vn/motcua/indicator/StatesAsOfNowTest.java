package vn.motcua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.ApiTestSupport;

/**
 * The states of a period still running are read "as of now" over [start, now]: what happened at now has happened. A
 * dossier resolved at exactly that instant is resolved, not in progress nor overdue (the same [start, end) a past
 * period's end is read with).
 */
class StatesAsOfNowTest extends ApiTestSupport {

    private static final String REPORT =
            "/api/indicators?from=2026-10-01&to=2026-10-31&unit=PHUONG-HO-SEN&procedureCode=KHAI-SINH";

    @Test
    void dossierResolvedAtThisVeryInstantIsNoLongerInProgressNorOverdue() throws Exception {
        clockAt("2026-10-05T09:00:00+07:00");
        String code = accepted("KHAI-SINH").get("code").asText(); // same day: due 17:00
        completeOk("handler.tuphap", code, Map.of("outcome", "PROPOSE_RESULT"));

        clockAtAndFireTimers("2026-10-06T10:00:00+07:00");
        assertThat(dossier(code).get("overdue").asBoolean()).isTrue();
        JsonNode before = figures();
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        assertThat(dossier(code).get("resultReadyAt").asText()).isEqualTo("2026-10-06T10:00:00+07:00");

        JsonNode after = figures();
        assertThat(after.get("resolved").asLong())
                .isEqualTo(before.get("resolved").asLong() + 1);
        assertThat(after.get("inProgress").asLong())
                .isEqualTo(before.get("inProgress").asLong() - 1);
        assertThat(after.get("inProgressOverdue").asLong())
                .isEqualTo(before.get("inProgressOverdue").asLong() - 1);
    }

    @Test
    void dossierReceivedAtThisVeryInstantIsInProgress() throws Exception {
        clockAt("2026-10-07T09:00:00+07:00");
        long before = figures().get("inProgress").asLong();

        accepted("KHAI-SINH");

        assertThat(figures().get("inProgress").asLong()).isEqualTo(before + 1);
        assertThat(body(getAs("supervisor", REPORT)).get("statesAsOf").asText()).isEqualTo("2026-10-07T09:00:00+07:00");
    }

    private JsonNode figures() throws Exception {
        return expect(200, getAs("supervisor", REPORT)).get("total");
    }
}
