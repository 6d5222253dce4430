package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.support.ApiTestSupport;

/** A fee due needs a payment method when the dossier is received, at the counter or at the online check. */
class FeeAndPaymentTest extends ApiTestSupport {

    @Test
    void dossierWithAFeeIsNotReceivedWithoutAPaymentMethod() throws Exception {
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        body.remove("paymentMethod");
        long before = count("dossier");

        JsonNode error = expect(400, postAs("clerk", body, "/api/dossiers"));

        assertThat(error.get("fields").get("paymentMethod").asText()).contains("CASH", "100000");
        assertThat(count("dossier")).isEqualTo(before);
    }

    @Test
    void onlineDossierGetsItsPaymentMethodAtTheCompletenessCheck() throws Exception {
        ObjectNode online = intakeBody("HO-KINH-DOANH", null);
        online.put("channel", "ONLINE");
        online.remove("paymentMethod");
        String code = intake(online).get("code").asText();
        assertThat(dossier(code).get("paymentMethod").isNull()).isTrue();

        JsonNode error = expect(400, complete("clerk", code, Map.of("outcome", "ACCEPT")));
        assertThat(error.get("fields").has("paymentMethod")).isTrue();
        assertThat(dossier(code).get("status").asText()).isEqualTo("SUBMITTED");

        completeOk("clerk", code, Map.of("outcome", "ACCEPT", "paymentMethod", "CASHLESS"));
        JsonNode received = dossier(code);
        assertThat(received.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(received.get("paymentMethod").asText()).isEqualTo("CASHLESS");
        assertThat(received.get("fee").asLong()).isEqualTo(100000);
    }

    @Test
    void onlineDossierPaidOnlineNeedsNoChoiceAtTheCheck() throws Exception {
        ObjectNode online = intakeBody("HO-KINH-DOANH", null);
        online.put("channel", "ONLINE");
        online.put("paymentMethod", "CASHLESS");
        String code = intake(online).get("code").asText();

        completeOk("clerk", code, Map.of("outcome", "ACCEPT"));

        assertThat(dossier(code).get("paymentMethod").asText()).isEqualTo("CASHLESS");
    }

    @Test
    void procedureWithoutFeeNeedsNoPaymentMethod() throws Exception {
        JsonNode dossier = accepted("KHAI-SINH");

        assertThat(dossier.get("paymentMethod").asText()).isEqualTo("NONE");
        assertThat(dossier.get("fee").asLong()).isZero();
    }

    @Test
    void dossierPageShowsTheFeeAndHowItIsPaid() throws Exception {
        String paid = accepted("HO-KINH-DOANH").get("code").asText();
        String free = accepted("KHAI-SINH").get("code").asText();

        assertThat(page(paid)).contains("id=\"dossier-fee\">100.000 đồng — Tiền mặt<");
        assertThat(page(free)).contains("id=\"dossier-fee\">Không thu phí<");
    }

    private String page(String code) throws Exception {
        return getAs("clerk", "/dossiers/{code}", code).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
