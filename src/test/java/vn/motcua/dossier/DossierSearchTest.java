package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.support.ApiTestSupport;

/** {@code GET /api/dossiers} as a search: one box for code, name without diacritics, ID number and phone. */
class DossierSearchTest extends ApiTestSupport {

    /** The test database may keep the dossiers of an earlier run (MariaDB): names and numbers of this run only. */
    private final Random random = new Random();

    private final String word = word();

    @Autowired
    FoldedNamesAtStart foldedNamesAtStart;

    @Test
    void nameTypedWithoutDiacriticsFindsTheApplicant() throws Exception {
        String code = intakeOf("HO-KINH-DOANH", "Nguyễn Văn An", id(), phone());

        for (String typed : List.of("nguyen van an", "NGUYEN VAN AN", "Nguyễn Văn An", "  nguyen   van  an ")) {
            JsonNode page = search("clerk", "q=" + typed + "&size=200");
            assertThat(codes(page)).as(typed).contains(code);
            page.get("items")
                    .forEach(item -> assertThat(
                                    item.get("applicant").get("fullName").asText())
                            .startsWith("Nguyễn Văn An"));
        }
        assertThat(codes(search("clerk", "q=nguyen van binh&size=200"))).doesNotContain(code);
    }

    @Test
    void namesOfDossiersWrittenBeforeTheFoldedColumnAreFoldedAtStart() throws Exception {
        String code = intakeOf("KHAI-SINH", "Đỗ Thị Ánh " + word, id(), phone());
        // As a dossier written before V26 added the column.
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        tx -> jdbc.update("UPDATE dossier SET applicant_name_folded = NULL WHERE code = ?", code));
        assertThat(codes(search("clerk", "q=do thi anh " + word))).isEmpty();

        foldedNamesAtStart.run(null);

        assertThat(codes(search("clerk", "q=do thi anh " + word))).containsExactly(code);
    }

    @Test
    void idNumberAndPhoneFindTheirDossierInAnyUsualSpelling() throws Exception {
        String id = id();
        String phone = "0987" + digits(6);
        String code = intakeOf("KHAI-SINH", "Trương Thị Mỹ Duyên", id, phone);
        String spaced = phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);

        assertThat(codes(search("clerk", "q=" + id))).containsExactly(code);
        assertThat(codes(search("clerk", "q=" + phone))).containsExactly(code);
        assertThat(codes(search("clerk", "q=" + spaced.replace(' ', '.')))).containsExactly(code);
        assertThat(codes(search("clerk", "q=+84" + phone.substring(1)))).containsExactly(code);
        assertThat(codes(search("clerk", "q=" + spaced))).containsExactly(code);
    }

    @Test
    void codeTypedInLowerCaseOrWithSpacesIsFound() throws Exception {
        String code = intakeOf("KHAI-SINH", "Lâm Văn Tùng", id(), phone());
        String typed = " " + code.toLowerCase(Locale.ROOT).replace("-", " - ") + " ";

        JsonNode page = search("clerk", "q=" + typed);
        assertThat(codes(page)).containsExactly(code);
        expect(200, getAs("clerk", "/api/dossiers/{code}", code.toLowerCase(Locale.ROOT)));
    }

    @Test
    void aRowSaysWhoAppliedAndWhenWithTheFieldsItHadBefore() throws Exception {
        clockAt("2026-03-10T09:30:00+07:00");
        String code = intakeOf("HO-KINH-DOANH", "Phùng Thị Xuân", id(), phone());

        JsonNode item = search("clerk", "q=" + code).get("items").get(0);
        assertThat(item.get("applicant").get("fullName").asText()).isEqualTo("Phùng Thị Xuân");
        assertThat(item.get("applicantName").asText()).isEqualTo("Phùng Thị Xuân");
        assertThat(item.get("submittedAt").asText()).isEqualTo("2026-03-10T09:30:00+07:00");
        assertThat(item.get("receivedAt").asText()).isEqualTo("2026-03-10T09:30:00+07:00");
        assertThat(item.get("dueAt").asText()).isEqualTo("2026-03-13T09:30:00+07:00");
        assertThat(item.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(item.get("procedureName").asText()).contains("hộ kinh doanh");
        assertThat(item.has("currentDepartment")).isTrue();
    }

    @Test
    void filtersNarrowTheSearch() throws Exception {
        String name = "Hà Lọc " + word;
        clockAt("2026-04-06T09:00:00+07:00");
        String business = intakeOf("HO-KINH-DOANH", name, id(), phone());
        ObjectNode online = body("KHAI-SINH", name, id(), phone(), null);
        online.put("channel", "ONLINE");
        String waiting = intake(online).get("code").asText();
        clockAt("2026-04-08T09:00:00+07:00");
        String birth = intakeOf("KHAI-SINH", name, id(), phone());
        String q = "q=ha loc " + word.toLowerCase(Locale.ROOT);

        assertThat(codes(search("clerk", q))).containsExactlyInAnyOrder(business, waiting, birth);
        assertThat(codes(search("clerk", q + "&status=SUBMITTED"))).containsExactly(waiting);
        assertThat(codes(search("clerk", q + "&procedureCode=HO-KINH-DOANH"))).containsExactly(business);
        assertThat(codes(search("clerk", q + "&channel=ONLINE"))).containsExactly(waiting);
        assertThat(codes(search("clerk", q + "&department=TC-KH"))).containsExactly(business);
        assertThat(codes(search("clerk", q + "&receivedFrom=2026-04-06&receivedTo=2026-04-06")))
                .containsExactly(business);
        assertThat(codes(search("clerk", q + "&receivedFrom=2026-04-07"))).containsExactly(birth);
        // HO-KINH-DOANH: 3 working days, due Thursday 9 April; KHAI-SINH same day, due 8 April 17:00.
        assertThat(codes(search("clerk", q + "&dueFrom=2026-04-09&dueTo=2026-04-09")))
                .containsExactly(business);
        assertThat(codes(search("clerk", q + "&dueTo=2026-04-08"))).containsExactly(birth);

        clockAt("2026-04-09T10:00:00+07:00");
        assertThat(codes(search("clerk", q + "&overdue=true"))).containsExactlyInAnyOrder(business, birth);
        assertThat(codes(search("clerk", q + "&overdue=false"))).containsExactly(waiting);

        JsonNode backwards = expect(400, getAs("clerk", "/api/dossiers?receivedFrom=2026-04-08&receivedTo=2026-04-07"));
        assertThat(backwards.get("fields").has("receivedTo")).isTrue();
        completeOk("clerk", waiting, Map.of("outcome", "REFUSE", "reason", "Nộp nhầm"));
    }

    @Test
    void pagesAreNewestFirstWithTheTotal() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(intakeOf("KHAI-SINH", "Cao " + word, id(), phone()));
        }

        JsonNode first = search("clerk", "q=cao " + word + "&size=2&page=0");
        JsonNode second = search("clerk", "q=cao " + word + "&size=2&page=1");
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(codes(first)).containsExactly(codes.get(2), codes.get(1));
        assertThat(codes(second)).containsExactly(codes.get(0));
    }

    @Test
    void nobodyFindsWhatHeMayNotSee() throws Exception {
        String id = id();
        String business = intakeOf("HO-KINH-DOANH", "Ông " + word, id, phone());
        String q = "q=ong " + word;

        assertThat(codes(search("handler.tckh", q))).containsExactly(business);
        assertThat(codes(search("approver", q))).containsExactly(business);
        assertThat(codes(search("supervisor", q))).containsExactly(business);
        assertThat(codes(search("supervisor.hosen", q))).containsExactly(business);
        assertThat(codes(search("admin", q))).containsExactly(business);
        // Another department of the same commune, and the desk, handler and supervisor of another commune.
        assertThat(search("handler.tuphap", q).get("total").asLong()).isZero();
        assertThat(search("handler.tuphap", "q=" + id).get("total").asLong()).isZero();
        assertThat(search("handler.tuphap", "q=" + business).get("total").asLong())
                .isZero();
        assertThat(search("clerk.donglua", q).get("total").asLong()).isZero();
        assertThat(search("handler.donglua", q).get("total").asLong()).isZero();
        assertThat(search("supervisor.donglua", q).get("total").asLong()).isZero();
        expect(403, getAs("clerk.donglua", "/api/dossiers/{code}", business));
        expect(403, getAs("handler.tuphap", "/api/dossiers/{code}", business));
    }

    /** A family name no other run has used, e.g. "Xqtzvk". */
    private String word() {
        StringBuilder word = new StringBuilder("X");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String id() {
        return "0" + digits(11);
    }

    private String phone() {
        return "09" + digits(8);
    }

    private String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private String intakeOf(String procedure, String name, String idNumber, String phone) throws Exception {
        return intake(body(procedure, name, idNumber, phone, "ACCEPT"))
                .get("code")
                .asText();
    }

    private ObjectNode body(String procedure, String name, String idNumber, String phone, String decision) {
        ObjectNode body = intakeBody(procedure, decision);
        ObjectNode applicant = (ObjectNode) body.get("applicant");
        applicant.put("fullName", name);
        applicant.put("idNumber", idNumber);
        applicant.put("phone", phone);
        return body;
    }

    /** {@code GET /api/dossiers} with the parameters of {@code query} as typed ({@code a=b&c=d}, not URL-encoded). */
    private JsonNode search(String user, String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/dossiers");
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            request.param(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return expect(200, call(request, user));
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }
}
