package vn.motcua.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/**
 * The province of the two-tier local government (from 1 July 2025): any desk receives a dossier whatever the
 * applicant's address (Decree 118/2025/NĐ-CP), hands it at once to the unit that resolves it, and hands the result
 * back itself. The demo province: its service center (with a branch), its agencies, and the communes Hồ Sen, Đồng
 * Lúa and Bến Đò.
 */
class TwoTierOfficeTest extends ApiTestSupport {

    private static final String PERIOD = "from=2025-09-01&to=2025-09-30";
    /** A week in which no other test of the suite, which shares one database, receives or resolves a dossier. */
    private static final String ALONE = "from=2025-12-08&to=2025-12-12";

    @Test
    void communeProcedureReceivedAtTheCenterIsResolvedByTheCommuneAndReturnedAtTheCenter() throws Exception {
        clockAt("2025-12-09T09:00:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        body.put("paymentMethod", "CASH");
        body.put("competentUnitCode", "XA-DONG-LUA");
        JsonNode received = created("clerk.trungtam", body);
        String code = received.get("code").asText();
        // The center's desk received it: its agency code opens the dossier code.
        assertThat(code).startsWith("000.00.01.H12-251209-");
        JsonNode places = received.get("places");
        assertThat(places.at("/helped/unitCode").asText()).isEqualTo("TTPVHCC");
        assertThat(places.at("/receiving/unitName").asText()).isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Demo");
        assertThat(places.at("/competent/unitName").asText()).isEqualTo("Ủy ban nhân dân xã Đồng Lúa");

        // Handed over at once to the commune's department: the ward's handler never sees it.
        assertThat(taskOf("handler.tckh", code)).isNull();
        completeOk("handler.donglua", code, Map.of("outcome", "PROPOSE_RESULT"));
        assertThat(taskOf("approver", code)).isNull();
        completeOk("approver.donglua", code, Map.of("outcome", "SIGN"));

        // The result goes back to the desk that received it, not to the commune's.
        assertThat(taskOf("clerk.donglua", code)).isNull();
        assertThat(taskOf("clerk", code)).isNull();
        clockAt("2025-12-10T10:00:00+07:00");
        completeOk("clerk.trungtam", code, Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Thị Hồng Nhung"));

        JsonNode dossier = dossier(code);
        assertThat(dossier.get("status").asText()).isEqualTo("RETURNED");
        JsonNode sheet = dossier.get("controlSheet");
        assertThat(sheet.get(0).get("department").asText()).isEqualTo("DONG-LUA.TC-KH");
        assertThat(sheet.get(0).get("departmentName").asText()).isEqualTo("Phòng Kinh tế xã Đồng Lúa");
        assertThat(sheet.get(0).get("unitName").asText()).isEqualTo("Ủy ban nhân dân xã Đồng Lúa");
        assertThat(notes(dossier, "HANDED_OVER"))
                .containsExactly("Bộ phận một cửa (Trung tâm Phục vụ hành chính công tỉnh Demo) → DONG-LUA.TC-KH"
                        + " (Ủy ban nhân dân xã Đồng Lúa)");

        // Counted once, by the commune that resolved it; the center, which resolves nothing, is not in the league.
        JsonNode commune = body(getAs("supervisor", "/api/indicators?" + ALONE + "&unit=XA-DONG-LUA"));
        assertThat(commune.at("/total/received").asLong()).isEqualTo(1);
        assertThat(commune.at("/total/resolved").asLong()).isEqualTo(1);
        JsonNode center = body(getAs("supervisor", "/api/indicators?" + ALONE + "&unit=TTPVHCC"));
        assertThat(center.at("/total/received").asLong()).isZero();
        JsonNode league = body(getAs("supervisor", "/api/indicators?" + ALONE + "&groupBy=unit"));
        long sum = 0;
        List<String> ranked = new ArrayList<>();
        for (JsonNode row : league.get("groups")) {
            sum += row.at("/figures/received").asLong();
            ranked.add(row.get("key").asText());
        }
        assertThat(sum).isEqualTo(league.at("/total/received").asLong());
        assertThat(ranked)
                .contains("XA-DONG-LUA", "PHUONG-HO-SEN", "SO-TU-PHAP")
                .doesNotContain("TTPVHCC");
    }

    @Test
    void bothUnitsSeeTheDossierAndNoOtherUnitDoes() throws Exception {
        clockAt("2025-09-10T09:00:00+07:00");
        ObjectNode body = intakeBody("KHAI-SINH", "ACCEPT");
        body.put("competentUnitCode", "XA-DONG-LUA");
        String code = created("clerk.trungtam", body).get("code").asText();

        assertThat(listed("clerk.trungtam", code)).isTrue();
        assertThat(listed("supervisor.donglua", code)).isTrue();
        assertThat(listed("handler.donglua", code)).isTrue();
        assertThat(listed("supervisor.hosen", code)).isFalse();
        assertThat(listed("clerk.bendo", code)).isFalse();
        assertThat(getAs("handler.tuphap", "/api/dossiers/{code}", code)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // The province's supervisor watches every unit; a commune's only its own.
        assertThat(listed("supervisor", code)).isTrue();
        assertThat(getAs("supervisor.donglua", "/api/indicators?" + PERIOD + "&unit=PHUONG-HO-SEN")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void branchReceivesInItsCentersNameAndHandsTheResultBackItself() throws Exception {
        clockAt("2025-09-11T09:00:00+07:00");
        ObjectNode body = intakeBody("LY-LICH-TU-PHAP", "ACCEPT");
        body.put("paymentMethod", "CASHLESS");
        JsonNode received = created("clerk.chinhanh", body);
        String code = received.get("code").asText();
        // A provincial procedure whose chain names its agency is resolved there without being named.
        assertThat(code).startsWith("000.00.01.H12-250911-");
        assertThat(received.at("/places/helped/unitCode").asText()).isEqualTo("TTPVHCC-CN1");
        assertThat(received.at("/places/receiving/unitCode").asText()).isEqualTo("TTPVHCC");
        assertThat(received.at("/places/competent/unitCode").asText()).isEqualTo("SO-TU-PHAP");
        assertThat(received.get("dueAt").asText()).isEqualTo("2025-09-25T09:00:00+07:00");

        completeOk("handler.stp", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver.stp", code, Map.of("outcome", "SIGN"));
        assertThat(taskOf("clerk.trungtam", code)).isNull();
        completeOk("clerk.chinhanh", code, Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Thị Hồng Nhung"));
        assertThat(dossier(code).get("status").asText()).isEqualTo("RETURNED");
    }

    @Test
    void aDeskThatDoesNotResolveTheProcedureMustNameTheUnitThatDoes() throws Exception {
        clockAt("2025-09-12T09:00:00+07:00");
        long before = count("dossier");
        MvcResult missing = postAs("clerk.trungtam", intakeBody("KHAI-SINH", "ACCEPT"), "/api/dossiers");
        assertThat(missing.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(missing).at("/fields/competentUnitCode").asText()).contains("is required");

        ObjectNode wrongKind = intakeBody("KHAI-SINH", "ACCEPT");
        wrongKind.put("competentUnitCode", "SO-TU-PHAP");
        MvcResult refused = postAs("clerk.trungtam", wrongKind, "/api/dossiers");
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused).at("/fields/competentUnitCode").asText()).contains("does not resolve");
        assertThat(count("dossier")).isEqualTo(before);
    }

    private JsonNode created(String clerk, ObjectNode body) throws Exception {
        MvcResult result = postAs(clerk, body, "/api/dossiers");
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(201);
        return body(result);
    }

    private boolean listed(String user, String code) throws Exception {
        JsonNode page = body(getAs(user, "/api/dossiers?size=200"));
        return page.get("items").findValuesAsText("code").contains(code);
    }

    private static List<String> notes(JsonNode dossier, String step) {
        List<String> notes = new ArrayList<>();
        for (JsonNode line : dossier.get("timeline")) {
            if (step.equals(line.get("step").asText())) {
                notes.add(line.get("note").asText());
            }
        }
        return notes;
    }
}
