package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * What a dossier tells, in the order it happened: nothing of it is dated before its receipt, and the citizen's lookup
 * says when the department apologised and moved the date, whatever the case and spaces of the code typed.
 */
class ReceiptOrderTest extends ApiTestSupport {

    /** Each lookup from an address of its own: the public lookup's rate limit counts per client address. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Test
    void dossierSentOnSundayIsHandedToItsDepartmentAtItsReceiptNotBefore() throws Exception {
        clockAt("2026-03-08T08:41:00+07:00"); // a Sunday
        String code = accepted("HO-KINH-DOANH").get("code").asText();

        JsonNode dossier = dossier(code);
        assertThat(dossier.get("submittedAt").asText()).isEqualTo("2026-03-08T08:41:00+07:00");
        assertThat(dossier.get("receivedAt").asText()).isEqualTo("2026-03-09T08:00:00+07:00");
        JsonNode stay = dossier.get("controlSheet").get(0);
        assertThat(stay.get("department").asText()).isEqualTo("TC-KH");
        assertThat(stay.get("takenAt").asText()).isEqualTo("2026-03-09T08:00:00+07:00");
        assertThat(stay.get("shareDueAt").asText())
                .isEqualTo(dossier.get("dueAt").asText());
    }

    @Test
    void resultSignedBeforeTheReceiptIsDatedAtTheReceiptAndTheLookupSaysSo() throws Exception {
        clockAt("2026-03-15T10:00:00+07:00"); // a Sunday: received Monday 08:00
        String code = accepted("KHAI-SINH").get("code").asText();
        completeOk("handler.tuphap", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));

        JsonNode dossier = dossier(code);
        OffsetDateTime received = OffsetDateTime.parse(dossier.get("receivedAt").asText());
        assertThat(received).isEqualTo("2026-03-16T08:00:00+07:00");
        assertThat(OffsetDateTime.parse(dossier.get("resultReadyAt").asText())).isEqualTo(received);
        for (JsonNode stay : dossier.get("controlSheet")) {
            assertThat(OffsetDateTime.parse(stay.get("takenAt").asText())).isAfterOrEqualTo(received);
            assertThat(OffsetDateTime.parse(stay.get("handedAt").asText()))
                    .isAfterOrEqualTo(OffsetDateTime.parse(stay.get("takenAt").asText()));
        }

        JsonNode lookup = expect(200, lookup(code, "5678"));
        assertThat(OffsetDateTime.parse(lookup.get("resultReadyAt").asText()))
                .isAfterOrEqualTo(OffsetDateTime.parse(lookup.get("receivedAt").asText()));
    }

    @Test
    void lookupTellsTheCitizenOfTheApologyAndTheNewDate() throws Exception {
        clockAt("2026-03-16T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        clockAtAndFireTimers("2026-03-18T09:01:00+07:00");
        JsonNode apologyTask = null;
        for (JsonNode task : body(getAs("handler.tckh", "/api/tasks?dossierCode={code}", code))) {
            if ("Task_IssueApology".equals(task.get("key").asText())) {
                apologyTask = task;
            }
        }
        assertThat(apologyTask).isNotNull();
        expect(
                204,
                postAs(
                        "handler.tckh",
                        Map.of(
                                "outcome",
                                "ISSUE_APOLOGY",
                                "reason",
                                "Chờ ý kiến của cơ quan thuế",
                                "newDueAt",
                                "2026-03-23T16:00:00+07:00"),
                        "/api/tasks/{id}/complete",
                        apologyTask.get("id").asText()));

        JsonNode lookup = expect(200, lookup(code, "5678"));
        assertThat(lookup.get("dueAt").asText()).isEqualTo("2026-03-19T09:00:00+07:00");
        assertThat(lookup.get("rescheduledDueAt").asText()).isEqualTo("2026-03-23T16:00:00+07:00");
        JsonNode apology = lookup.get("apology");
        assertThat(apology.get("issuedAt").asText()).isEqualTo("2026-03-18T09:01:00+07:00");
        assertThat(apology.get("originalDueAt").asText()).isEqualTo("2026-03-19T09:00:00+07:00");
        assertThat(apology.get("newDueAt").asText()).isEqualTo("2026-03-23T16:00:00+07:00");
        // The reason is written for the desk and the letter; the public lookup tells no more than the date.
        assertThat(apology.has("reason")).isFalse();

        String page = lookupPage(" " + code.toLowerCase(Locale.ROOT) + " ", "5678");
        assertThat(page)
                .contains("id=\"lookup-apology\"")
                .contains("18/03/2026 09:01", "19/03/2026 09:00", "23/03/2026 16:00");
    }

    @Test
    void codeTypedInLowerCaseOrWithSpacesIsFoundByTheLookup() throws Exception {
        String code = accepted("KHAI-SINH").get("code").asText();

        for (String typed : new String[] {
            code.toLowerCase(Locale.ROOT), " " + code + " ", code.replace("-", " - "), code.replace("-", "- ")
        }) {
            JsonNode found = expect(200, lookup(typed, "5678"));
            assertThat(found.get("code").asText()).as(typed).isEqualTo(code);
        }
        assertThat(lookupPage(code.toLowerCase(Locale.ROOT).replace("-", " - "), "5678"))
                .contains("id=\"lookup-result\"")
                .doesNotContain("Không tìm thấy");
        expect(404, lookup(code, "0000"));
    }

    private MvcResult lookup(String code, String phone) throws Exception {
        String client = client();
        return mvc.perform(get("/api/public/dossiers/{code}", code)
                        .param("phone", phone)
                        .with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andReturn();
    }

    private String lookupPage(String code, String phone) throws Exception {
        String client = client();
        MvcResult page = mvc.perform(post("/tra-cuu")
                        .param("code", code)
                        .param("phone", phone)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String client() {
        int n = CLIENTS.incrementAndGet();
        return "10.23." + (n / 250) + "." + (n % 250 + 1);
    }
}
