package vn.motcua.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.document.Pdfs;
import vn.motcua.support.ApiTestSupport;

/**
 * docs/api.md, "Administration": units, departments and staff set up without SQL, each change in the
 * administration log, a unit's administrator kept inside his unit, and the running office using a change at once.
 */
class AdministrationApiTest extends ApiTestSupport {

    private static final String PASSWORD_OK = "mat-khau-du-dai-2026";

    /** Codes and user names of this run: a database kept between runs (MariaDB) already holds the last run's. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000L, 36);

    private static final String UP = RUN.toUpperCase(java.util.Locale.ROOT);

    private static Map<String, Object> unit(String code, String name) {
        Map<String, Object> unit = new HashMap<>();
        unit.put("code", code);
        unit.put("agencyCode", "000.00.9" + Math.abs(code.hashCode() % 10) + ".H12");
        unit.put("name", name);
        unit.put("kind", "COMMUNE");
        unit.put("parentCode", "TINH-DEMO");
        return unit;
    }

    private static Map<String, Object> staff(String username, String role, String unit, List<String> departments) {
        Map<String, Object> staff = new HashMap<>();
        staff.put("username", username);
        staff.put("fullName", "Người " + username);
        staff.put("role", role);
        staff.put("unitCode", unit);
        staff.put("departments", departments);
        staff.put("password", PASSWORD_OK);
        return staff;
    }

    private JsonNode lastLog(String kind, String target) throws Exception {
        for (JsonNode entry : body(getAs("admin", "/api/admin/log?kind={kind}", kind))) {
            if (entry.path("target").asText().equals(target)) {
                return entry;
            }
        }
        throw new AssertionError("No " + kind + " of " + target + " in the administration log");
    }

    @Test
    void aUnitCreatedThroughTheApiReceivesWithItsOwnOfficeHoursAndItsNewDepartmentWorksTheTask() throws Exception {
        Map<String, Object> commune = unit("XA-HOA-BINH-" + UP, "Ủy ban nhân dân xã Hòa Bình");
        commune.put("officeHours", Map.of("morning", "07:00-11:00", "afternoon", "13:00-17:00"));
        JsonNode created = expect(201, postAs("admin", commune, "/api/admin/units"));
        assertThat(created.at("/officeHours/morning").asText()).isEqualTo("07:00-11:00");
        assertThat(created.get("apologyLeadHours").asInt()).isEqualTo(8);
        JsonNode logged = lastLog("UNIT_CREATED", "XA-HOA-BINH-" + UP);
        assertThat(logged.get("before").isNull()).isTrue();
        assertThat(logged.at("/after/name").asText()).isEqualTo("Ủy ban nhân dân xã Hòa Bình");
        assertThat(logged.get("actor").asText()).isEqualTo("admin");

        expect(
                201,
                postAs(
                        "admin",
                        Map.of(
                                "code",
                                "HB-KINH-TE-" + UP,
                                "unitCode",
                                "XA-HOA-BINH-" + UP,
                                "name",
                                "Phòng Kinh tế",
                                "kind",
                                "TC-KH"),
                        "/api/admin/departments"));
        expect(
                201,
                postAs(
                        "admin",
                        staff("clerk.hoabinh." + RUN, "CLERK", "XA-HOA-BINH-" + UP, List.of()),
                        "/api/admin/staff"));
        JsonNode handler = expect(
                201,
                postAs(
                        "admin",
                        staff("handler.hoabinh." + RUN, "HANDLER", "XA-HOA-BINH-" + UP, List.of("HB-KINH-TE-" + UP)),
                        "/api/admin/staff"));
        assertThat(handler.toString()).doesNotContain("password\"").doesNotContain("$2a$");
        assertThat(handler.get("passwordChangeRequired").asBoolean()).isFalse();

        // 07:30 is within this commune's morning (not within the default 08:00-12:00): the clock starts at once.
        clockAt("2026-12-15T07:30:00+07:00");
        ObjectNode intake = intakeBody("HO-KINH-DOANH", "ACCEPT");
        MvcResult result = call(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/dossiers")
                        .contentType("application/json")
                        .content(json.writeValueAsString(intake))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("clerk.hoabinh." + RUN, PASSWORD_OK)),
                null);
        JsonNode dossier = expect(201, result);
        assertThat(OffsetDateTime.parse(dossier.get("receivedAt").asText()).toLocalTime())
                .hasToString("07:30");
        assertThat(OffsetDateTime.parse(dossier.get("dueAt").asText()).toLocalTime())
                .hasToString("07:30");

        JsonNode tasks = body(call(
                get("/api/tasks")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("handler.hoabinh." + RUN, PASSWORD_OK)),
                null));
        assertThat(tasks.findValuesAsText("dossierCode"))
                .contains(dossier.get("code").asText());
        assertThat(taskOf("handler.tckh", dossier.get("code").asText())).isNull();
        String taskId = tasks.get(0).get("id").asText();
        expect(
                204,
                call(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/api/tasks/{id}/claim", taskId)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.httpBasic(
                                        "handler.hoabinh." + RUN, PASSWORD_OK)),
                        null));
    }

    @Test
    void aRenamedUnitPrintsItsOldNameOnOldReceiptsAndItsNewNameOnNewOnes() throws Exception {
        clockAt("2026-12-16T09:00:00+07:00");
        String old = accepted("HO-KINH-DOANH").get("code").asText();
        ObjectNode online = intakeBody("HO-KINH-DOANH", null);
        online.put("channel", "ONLINE");
        String submitted = intake(online).get("code").asText();
        JsonNode hoSen = body(getAs("admin", "/api/admin/units/PHUONG-HO-SEN"));
        Map<String, Object> renamed = json.convertValue(hoSen, Map.class);
        renamed.remove("history");
        renamed.remove("mergedInto");
        String oldName = hoSen.get("name").asText();
        renamed.put("name", "Ủy ban nhân dân phường Hồ Sen Mới");
        try {
            JsonNode after = expect(200, putAs("admin", renamed, "/api/admin/units/PHUONG-HO-SEN"));
            assertThat(after.get("name").asText()).isEqualTo("Ủy ban nhân dân phường Hồ Sen Mới");
            JsonNode history =
                    body(getAs("admin", "/api/admin/units/PHUONG-HO-SEN")).get("history");
            assertThat(history.get(0).get("name").asText()).isEqualTo(oldName);
            assertThat(history.get(0).get("change").asText()).isEqualTo("RENAMED");
            JsonNode logged = lastLog("UNIT_UPDATED", "PHUONG-HO-SEN");
            assertThat(logged.at("/before/name").asText()).isEqualTo(oldName);
            assertThat(logged.at("/after/name").asText()).isEqualTo("Ủy ban nhân dân phường Hồ Sen Mới");

            String fresh = accepted("HO-KINH-DOANH").get("code").asText();
            // Submitted online before the rename, received after it: received under the new name.
            completeOk("clerk", submitted, Map.of("outcome", "ACCEPT"));
            assertThat(receipt(submitted)).contains("phường Hồ Sen Mới");
            String oldReceipt = receipt(old);
            String newReceipt = receipt(fresh);
            assertThat(oldReceipt).contains("phường Hồ Sen").doesNotContain("Hồ Sen Mới");
            assertThat(newReceipt).contains("phường Hồ Sen Mới");
            assertThat(dossier(old).at("/places/receiving/unitName").asText()).isEqualTo(oldName);
        } finally {
            renamed.put("name", oldName);
            expect(200, putAs("admin", renamed, "/api/admin/units/PHUONG-HO-SEN"));
        }
    }

    private String receipt(String code) throws Exception {
        MvcResult result = getAs("clerk", "/api/dossiers/{code}/documents/receipt.pdf", code);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Pdfs.text(result.getResponse().getContentAsByteArray()).toUpperCase(java.util.Locale.ROOT)
                + Pdfs.text(result.getResponse().getContentAsByteArray());
    }

    @Test
    void badInputNamesTheFieldAndDuplicatesAndUnknownsAreRefused() throws Exception {
        Map<String, Object> noName = unit("XA-KHONG-TEN", "");
        assertThat(expect(400, postAs("admin", noName, "/api/admin/units"))
                        .at("/fields/name")
                        .isMissingNode())
                .isFalse();
        Map<String, Object> badHours = unit("XA-GIO-SAI", "Xã Giờ Sai");
        badHours.put("officeHours", Map.of("morning", "12:00-08:00", "afternoon", "13:00-17:00"));
        assertThat(expect(400, postAs("admin", badHours, "/api/admin/units"))
                        .get("fields")
                        .has("officeHours.morning"))
                .isTrue();
        Map<String, Object> orphan = unit("XA-MO-COI", "Xã Mồ Côi");
        orphan.put("parentCode", "KHONG-CO");
        assertThat(expect(400, postAs("admin", orphan, "/api/admin/units"))
                        .get("fields")
                        .has("parentCode"))
                .isTrue();
        expect(409, postAs("admin", unit("XA-DONG-LUA", "Trùng mã"), "/api/admin/units"));
        expect(404, putAs("admin", unit("KHONG-CO", "Không có"), "/api/admin/units/KHONG-CO"));

        expect(
                409,
                postAs(
                        "admin",
                        Map.of("code", "TC-KH", "unitCode", "XA-DONG-LUA", "name", "Trùng"),
                        "/api/admin/departments"));
        assertThat(expect(
                                400,
                                postAs(
                                        "admin",
                                        Map.of("code", "DL-X", "unitCode", "KHONG-CO", "name", "Phòng X"),
                                        "/api/admin/departments"))
                        .get("fields")
                        .has("unitCode"))
                .isTrue();
        expect(404, getAs("admin", "/api/admin/departments/KHONG-CO"));

        Map<String, Object> weak = staff("clerk.yeu", "CLERK", "XA-DONG-LUA", List.of());
        weak.put("password", "ngan");
        assertThat(expect(400, postAs("admin", weak, "/api/admin/staff"))
                        .get("fields")
                        .has("password"))
                .isTrue();
        Map<String, Object> noDepartment = staff("handler.khong", "HANDLER", "XA-DONG-LUA", List.of());
        assertThat(expect(400, postAs("admin", noDepartment, "/api/admin/staff"))
                        .get("fields")
                        .has("departments"))
                .isTrue();
        Map<String, Object> foreignDepartment = staff("handler.la", "HANDLER", "XA-DONG-LUA", List.of("TC-KH"));
        assertThat(expect(400, postAs("admin", foreignDepartment, "/api/admin/staff"))
                        .get("fields")
                        .has("departments"))
                .isTrue();
        expect(409, postAs("admin", staff("clerk", "CLERK", "XA-DONG-LUA", List.of()), "/api/admin/staff"));
        expect(404, getAs("admin", "/api/admin/staff/khong.co"));
        expect(404, postAs("admin", Map.of("password", PASSWORD_OK), "/api/admin/staff/khong.co/password"));
        assertThat(count("staff WHERE username IN ('clerk.yeu', 'handler.khong', 'handler.la')"))
                .isZero();
    }

    @Test
    void aUnitAdministratorSetsUpHisOwnUnitOnly() throws Exception {
        assertThat(body(getAs("admin.donglua", "/api/admin/units")).findValuesAsText("code"))
                .containsExactly("XA-DONG-LUA");
        assertThat(body(getAs("admin.donglua", "/api/admin/staff")).findValuesAsText("unitCode"))
                .containsOnly("XA-DONG-LUA");
        expect(403, postAs("admin.donglua", unit("XA-MOI", "Xã Mới"), "/api/admin/units"));
        expect(
                403,
                postAs(
                        "admin.donglua",
                        Map.of("code", "HS-MOI", "unitCode", "PHUONG-HO-SEN", "name", "Phòng mới"),
                        "/api/admin/departments"));
        expect(
                403,
                postAs("admin.donglua", staff("clerk.hs2", "CLERK", "PHUONG-HO-SEN", List.of()), "/api/admin/staff"));
        expect(403, postAs("admin.donglua", staff("admin.dl2", "ADMIN", "XA-DONG-LUA", List.of()), "/api/admin/staff"));
        expect(
                403,
                postAs("admin.donglua", staff("ua.hs", "UNIT_ADMIN", "PHUONG-HO-SEN", List.of()), "/api/admin/staff"));
        expect(403, getAs("admin.donglua", "/api/admin/staff/clerk"));
        expect(403, postAs("admin.donglua", Map.of("password", PASSWORD_OK), "/api/admin/staff/clerk/password"));
        expect(403, getAs("admin.donglua", "/api/admin/log"));
        expect(403, postAs("admin.donglua", Map.of(), "/api/admin/units/XA-DONG-LUA/merge-into/TINH-DEMO"));

        JsonNode own = body(getAs("admin.donglua", "/api/admin/units/XA-DONG-LUA"));
        Map<String, Object> renamed = json.convertValue(own, Map.class);
        renamed.put("name", "Xã Đồng Lúa đổi tên");
        expect(403, putAs("admin.donglua", renamed, "/api/admin/units/XA-DONG-LUA"));
        Map<String, Object> hours = json.convertValue(own, Map.class);
        hours.put("apologyLeadHours", 16);
        expect(200, putAs("admin.donglua", hours, "/api/admin/units/XA-DONG-LUA"));
        hours.put("apologyLeadHours", own.get("apologyLeadHours").asInt());
        expect(200, putAs("admin.donglua", hours, "/api/admin/units/XA-DONG-LUA"));

        expect(
                201,
                postAs(
                        "admin.donglua",
                        Map.of("code", "DL-VAN-HOA-" + UP, "unitCode", "XA-DONG-LUA", "name", "Phòng Văn hóa – Xã hội"),
                        "/api/admin/departments"));
        expect(
                201,
                postAs(
                        "admin.donglua",
                        staff("handler.vanhoa." + RUN, "HANDLER", "XA-DONG-LUA", List.of("DL-VAN-HOA-" + UP)),
                        "/api/admin/staff"));
        assertThat(lastLog("STAFF_CREATED", "handler.vanhoa." + RUN)
                        .get("actor")
                        .asText())
                .isEqualTo("admin.donglua");

        for (String user : List.of("clerk", "handler.tckh", "approver", "supervisor")) {
            expect(403, getAs(user, "/api/admin/units"));
            expect(403, getAs(user, "/api/admin/staff"));
        }
        expect(401, getAs(null, "/api/admin/departments"));
    }

    @Test
    void aDisabledUserCannotSignInAndHisOpenSignInStops() throws Exception {
        expect(201, postAs("admin", staff("clerk.tam." + RUN, "CLERK", "XA-DONG-LUA", List.of()), "/api/admin/staff"));
        MockHttpSession cookie = new MockHttpSession();
        MvcResult signedIn = mvc.perform(get("/api/procedures")
                        .session(cookie)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("clerk.tam." + RUN, PASSWORD_OK)))
                .andReturn();
        expect(200, signedIn);
        expect(200, mvc.perform(get("/api/procedures").session(cookie)).andReturn());

        Map<String, Object> disabled = staff("clerk.tam." + RUN, "CLERK", "XA-DONG-LUA", List.of());
        disabled.remove("password");
        disabled.put("enabled", false);
        JsonNode after = expect(200, putAs("admin", disabled, "/api/admin/staff/{u}", "clerk.tam." + RUN));
        assertThat(after.get("enabled").asBoolean()).isFalse();
        JsonNode logged = lastLog("STAFF_DISABLED", "clerk.tam." + RUN);
        assertThat(logged.at("/before/enabled").asBoolean()).isTrue();
        assertThat(logged.at("/after/enabled").asBoolean()).isFalse();

        expect(401, mvc.perform(get("/api/procedures").session(cookie)).andReturn());
        expect(
                401,
                mvc.perform(get("/api/procedures")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.httpBasic(
                                        "clerk.tam." + RUN, PASSWORD_OK)))
                        .andReturn());
    }

    @Test
    void aResetPasswordFollowsThePolicyAndMustBeChanged() throws Exception {
        expect(201, postAs("admin", staff("clerk.quen." + RUN, "CLERK", "XA-DONG-LUA", List.of()), "/api/admin/staff"));
        assertThat(expect(
                                400,
                                postAs(
                                        "admin",
                                        Map.of("password", "clerk.quen." + RUN + "-1"),
                                        "/api/admin/staff/{u}/password",
                                        "clerk.quen." + RUN))
                        .get("fields")
                        .has("password"))
                .isTrue();
        JsonNode after = expect(
                200,
                postAs(
                        "admin",
                        Map.of("password", "mot-mat-khau-moi"),
                        "/api/admin/staff/{u}/password",
                        "clerk.quen." + RUN));
        assertThat(after.get("passwordChangeRequired").asBoolean()).isTrue();
        JsonNode logged = lastLog("STAFF_PASSWORD_RESET", "clerk.quen." + RUN);
        assertThat(logged.toString()).doesNotContain("mot-mat-khau-moi").doesNotContain("$2a$");
    }

    @Test
    void aMergedDepartmentsOpenTasksGoToTheTargetsStaffAndAMergedUnitTakesNothingNew() throws Exception {
        expect(201, postAs("admin", unit("XA-SAP-NHAP-" + UP, "Ủy ban nhân dân xã Sáp Nhập"), "/api/admin/units"));
        expect(
                201,
                postAs(
                        "admin",
                        Map.of(
                                "code",
                                "SN-A-" + UP,
                                "unitCode",
                                "XA-SAP-NHAP-" + UP,
                                "name",
                                "Phòng A",
                                "kind",
                                "TC-KH"),
                        "/api/admin/departments"));
        expect(
                201,
                postAs(
                        "admin",
                        Map.of(
                                "code",
                                "SN-B-" + UP,
                                "unitCode",
                                "XA-SAP-NHAP-" + UP,
                                "name",
                                "Phòng B",
                                "kind",
                                "SN-B-" + UP),
                        "/api/admin/departments"));
        JsonNode merged = expect(
                200,
                postAs("admin", Map.of(), "/api/admin/departments/{a}/merge-into/{b}", "SN-A-" + UP, "SN-B-" + UP));
        assertThat(merged.get("mergedInto").asText()).isEqualTo("SN-B-" + UP);
        assertThat(body(getAs("admin", "/api/admin/departments/{a}", "SN-A-" + UP))
                        .at("/history/0/change")
                        .asText())
                .isEqualTo("MERGED");
        expect(409, postAs("admin", Map.of(), "/api/admin/departments/{a}/merge-into/{b}", "SN-A-" + UP, "SN-B-" + UP));

        JsonNode unit = expect(
                200, postAs("admin", Map.of(), "/api/admin/units/{u}/merge-into/XA-DONG-LUA", "XA-SAP-NHAP-" + UP));
        assertThat(unit.get("mergedInto").asText()).isEqualTo("XA-DONG-LUA");
        assertThat(lastLog("UNIT_MERGED", "XA-SAP-NHAP-" + UP)
                        .at("/after/mergedInto")
                        .asText())
                .isEqualTo("XA-DONG-LUA");
        ObjectNode there = intakeBody("HO-KINH-DOANH", "ACCEPT");
        there.put("competentUnitCode", "XA-SAP-NHAP-" + UP);
        MvcResult refused = postAs("clerk.trungtam", there, "/api/dossiers");
        assertThat(expect(400, refused).get("fields").has("competentUnitCode")).isTrue();
    }
}
