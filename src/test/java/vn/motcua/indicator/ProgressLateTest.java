package vn.motcua.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * Decision 766's progress group as the national portal counts it ({@link IndicatorRollup#progressLate}), against the
 * PAR on-time rate. November 2025, a period no other test uses, driven through the REST API on the sandbox clock: two
 * dossiers of the same procedure both resolved well before their due instant, one asked for a supplement twice
 * during handling, the other once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressLateTest extends ApiTestSupport {

    static final String PERIOD = "from=2025-11-01&to=2025-11-30";

    String twice;
    String once;

    @BeforeAll
    void twoDossiers() throws Exception {
        clockAt("2025-11-03T09:00:00+07:00");
        twice = accepted("HO-KINH-DOANH").get("code").asText();
        once = accepted("HO-KINH-DOANH").get("code").asText();

        clockAt("2025-11-03T09:30:00+07:00");
        supplementAsked(twice);
        supplementAsked(once);
        clockAt("2025-11-03T10:00:00+07:00");
        supplementBrought(twice);
        supplementBrought(once);
        clockAt("2025-11-03T10:30:00+07:00");
        supplementAsked(twice);
        clockAt("2025-11-03T11:00:00+07:00");
        supplementBrought(twice);

        clockAt("2025-11-04T09:00:00+07:00");
        for (String code : List.of(twice, once)) {
            completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
            completeOk("approver", code, Map.of("outcome", "SIGN"));
        }
    }

    @Test
    void twoSupplementRequestsMakeADossierLateForTheProgressGroupOnly() throws Exception {
        clockAt("2025-11-05T10:00:00+07:00");
        MvcResult result = getAs("supervisor", "/api/indicators?" + PERIOD);
        JsonNode total = expect(200, result).get("total");

        // The PAR figure: both resolved before their due date, so both on time.
        assertThat(total.get("resolved").asLong()).isEqualTo(2);
        assertThat(total.get("early").asLong() + total.get("onTime").asLong()).isEqualTo(2);
        assertThat(total.get("late").asLong()).isZero();
        assertThat(total.get("onTimeRate").decimalValue()).isEqualByComparingTo("1");
        // The portal's: the dossier asked twice is late, the one asked once is not.
        assertThat(total.get("progressLate").asLong()).isEqualTo(1);
        assertThat(result.getResponse().getContentAsString()).contains("\"progressOnTimeRate\":0.5000");

        JsonNode progress = group(total.get("score766"), "TIEN_DO");
        assertThat(progress.get("basis").asText()).isEqualTo("progressOnTimeRate");
        assertThat(progress.get("rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(progress.get("points").decimalValue()).isEqualByComparingTo("10.00");

        assertThat(codes("progressLate")).containsExactly(twice);
        assertThat(codes("resolved")).containsExactlyInAnyOrder(twice, once);
        assertThat(codes("late")).isEmpty();
    }

    @Test
    void eachDossierAloneIsJudgedByItsOwnRequests() {
        assertThat(IndicatorRollup.progressLate("EARLY", 2)).isTrue();
        assertThat(IndicatorRollup.progressLate("ON_TIME", 1)).isFalse();
        assertThat(IndicatorRollup.progressLate("LATE", 0)).isTrue();
        assertThat(IndicatorRollup.progressLate(null, 0)).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM supplement_request r JOIN dossier d ON d.id = r.dossier_id"
                                + " WHERE d.code = ? AND r.stage = 'HANDLING'",
                        Long.class,
                        twice))
                .isEqualTo(2);
    }

    private List<String> codes(String metric) throws Exception {
        JsonNode page = expect(
                200, getAs("supervisor", "/api/indicators/dossiers?metric=" + metric + "&" + PERIOD + "&size=500"));
        assertThat(page.get("total").asLong())
                .as(metric)
                .isEqualTo(page.get("items").size());
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }

    private void supplementAsked(String code) throws Exception {
        askSupplement(code);
    }

    private void supplementBrought(String code) throws Exception {
        bringSupplement(code);
    }

    private static JsonNode group(JsonNode score, String code) {
        for (JsonNode g : score.get("groups")) {
            if (g.get("code").asText().equals(code)) {
                return g;
            }
        }
        throw new AssertionError("No group " + code);
    }
}
