package vn.motcua.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.support.ApiTestSupport;

/**
 * The catalog as the administrator keeps it ({@code /api/admin/procedures}): procedures in the database, a change a
 * new version from its effective date, a dossier keeping the version it was registered under; each template runs a
 * dossier from intake to return.
 */
class ProcedureAdministrationTest extends ApiTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ProcedureAdministration administration;

    /** A code no other test, or earlier run on the same database, uses. */
    static String newCode(String prefix) {
        return prefix + "-"
                + Long.toString(System.currentTimeMillis() % 10_000_000L, 36).toUpperCase() + "-"
                + SEQUENCE.incrementAndGet();
    }

    /** A household-business procedure of the commune: 3 working days, one department, two documents. */
    ObjectNode oneDepartment(String code) {
        ObjectNode body = json.createObjectNode();
        body.put("code", code);
        body.put("nationalCode", "1.001612");
        body.put("name", "Đăng ký thành lập hộ kinh doanh (thử)");
        body.put("field", "Thành lập và hoạt động của hộ kinh doanh");
        body.put("level", "XA");
        body.putObject("timeLimit").put("workingDays", 3);
        body.put("fee", 100000);
        body.putArray("documents").add("Giấy đề nghị đăng ký hộ kinh doanh").add("Bản sao giấy tờ pháp lý");
        body.putArray("agencies").addObject().put("unitKind", "COMMUNE").put("department", "TC-KH");
        body.put("template", "ONE_DEPARTMENT");
        body.put("effectiveFrom", "2025-01-01");
        return body;
    }

    JsonNode created(ObjectNode body) throws Exception {
        JsonNode answer = expect(201, postAs("admin", body, "/api/admin/procedures"));
        assertThat(answer.get("outcome").asText()).isEqualTo("CREATED");
        return answer.get("after");
    }

    JsonNode acceptedOf(String procedureCode, String decision) throws Exception {
        return intake(intakeBody(procedureCode, decision));
    }

    @Test
    void aNewVersionMovesNoExistingDossierAndGovernsTheDossiersRegisteredFromItsDate() throws Exception {
        String code = newCode("HKD");
        created(oneDepartment(code));
        clockAt("2025-03-03T09:00:00+07:00");
        JsonNode before = acceptedOf(code, "ACCEPT");
        assertThat(before.get("dueAt").asText()).isEqualTo("2025-03-06T09:00:00+07:00");
        assertThat(before.get("fee").decimalValue()).isEqualByComparingTo("100000");
        assertThat(before.get("procedureVersion").asInt()).isEqualTo(1);

        ObjectNode change = oneDepartment(code);
        change.putObject("timeLimit").put("workingDays", 5);
        change.put("fee", 150000);
        ((ArrayNode) change.get("documents")).add("Văn bản ủy quyền (nếu có)");
        change.put("effectiveFrom", "2025-03-04");
        JsonNode changed = expect(200, putAs("admin", change, "/api/admin/procedures/{code}", code));
        assertThat(changed.get("outcome").asText()).isEqualTo("CHANGED");
        assertThat(changed.get("before").get("version").asInt()).isEqualTo(1);
        assertThat(changed.get("after").get("version").asInt()).isEqualTo(2);

        // The day before the new version, the catalog still answers version 1.
        assertThat(inForce(code).get("fee").decimalValue()).isEqualByComparingTo("100000");
        clockAt("2025-03-04T09:00:00+07:00");
        JsonNode after = acceptedOf(code, "ACCEPT");
        assertThat(after.get("dueAt").asText()).isEqualTo("2025-03-11T09:00:00+07:00");
        assertThat(after.get("fee").decimalValue()).isEqualByComparingTo("150000");
        assertThat(after.get("procedureVersion").asInt()).isEqualTo(2);
        assertThat(inForce(code).get("documents")).hasSize(3);
        assertThat(inForce(code).get("processingDays").asInt()).isEqualTo(5);

        String old = before.get("code").asText();
        JsonNode unmoved = dossier(old);
        assertThat(unmoved.get("dueAt").asText()).isEqualTo("2025-03-06T09:00:00+07:00");
        assertThat(unmoved.get("fee").decimalValue()).isEqualByComparingTo("100000");
        assertThat(unmoved.get("procedureVersion").asInt()).isEqualTo(1);
        JsonNode versions =
                body(getAs("admin", "/api/admin/procedures/{code}", code)).get("versions");
        assertThat(versions.get(0).get("documents"))
                .as("version 1's checklist stays as it was")
                .hasSize(2);

        // A supplement during handling counts the old dossier's limit afresh: its own 3 days, not the new 5.
        askSupplement(old);
        clockAt("2025-03-05T09:00:00+07:00");
        bringSupplement(old);
        assertThat(dossier(old).get("dueAt").asText()).isEqualTo("2025-03-10T09:00:00+07:00");

        JsonNode logged = body(getAs("admin", "/api/admin/log?kind=PROCEDURE_VERSION_CREATED"));
        JsonNode entry = null;
        for (JsonNode e : logged) {
            if (e.get("target").asText().equals(code)) {
                entry = e;
            }
        }
        assertThat(entry).as("the change is in the administration log").isNotNull();
        assertThat(entry.get("actor").asText()).isEqualTo("admin");
        assertThat(entry.get("before").get("processingDays").asInt()).isEqualTo(3);
        assertThat(entry.get("after").get("processingDays").asInt()).isEqualTo(5);
    }

    JsonNode inForce(String code) throws Exception {
        for (JsonNode p : body(getAs("clerk", "/api/procedures"))) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError(code + " is not in force");
    }

    @Test
    void oneDepartmentTemplateRunsADossierFromIntakeToReturn() throws Exception {
        String code = newCode("ONE");
        created(oneDepartment(code));
        clockAt("2025-03-03T09:00:00+07:00");
        String dossier = acceptedOf(code, "ACCEPT").get("code").asText();
        assertThat(dossier(dossier).get("currentDepartment").asText()).isEqualTo("TC-KH");
        completeOk("handler.tckh", dossier, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", dossier, Map.of("outcome", "SIGN"));
        returned(dossier);
    }

    @Test
    void agencyChainTemplatePassesEachAgencyInTurnWithItsShare() throws Exception {
        String code = newCode("CHAIN");
        ObjectNode body = oneDepartment(code);
        body.put("name", "Đăng ký biến động đất đai (thử)");
        body.putObject("timeLimit").put("workingDays", 10);
        ArrayNode agencies = body.putArray("agencies");
        agencies.addObject()
                .put("unitCode", "VPDKDD")
                .put("department", "DAT-DAI")
                .put("shareDays", 6);
        agencies.addObject()
                .put("unitCode", "THUE-TINH")
                .put("department", "THUE")
                .put("shareDays", 4);
        body.put("template", "AGENCY_CHAIN");
        created(body);
        clockAt("2025-03-03T09:00:00+07:00");
        String dossier = acceptedOf(code, "ACCEPT").get("code").asText();
        assertThat(taskOf("handler.thue", dossier)).isNull();
        completeOk("handler.datdai", dossier, Map.of("outcome", "HAND_ON"));
        assertThat(dossier(dossier).get("currentDepartment").asText()).isEqualTo("THUE");
        assertThat(taskOf("handler.datdai", dossier)).isNull();
        completeOk("handler.thue", dossier, Map.of("outcome", "HAND_ON"));
        completeOk("approver", dossier, Map.of("outcome", "SIGN"));
        JsonNode sheet = dossier(dossier).get("controlSheet");
        assertThat(sheet.findValuesAsText("department")).containsExactly("DAT-DAI", "THUE");
        returned(dossier);
    }

    @Test
    void atDeskTemplateIsHandledByTheClerkAndSignedTheSameDay() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String dossier = acceptedOf("CHUNG-THUC-BAN-SAO", "ACCEPT").get("code").asText();
        assertThat(taskOf("handler.tuphap", dossier)).isNull();
        JsonNode task = taskOf("clerk", dossier);
        assertThat(task.get("key").asText()).isEqualTo("Task_HandleAtDesk");
        completeOk("clerk", dossier, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", dossier, Map.of("outcome", "SIGN"));
        assertThat(dossier(dossier).get("status").asText()).isEqualTo("RESULT_READY");
        assertThat(dossier(dossier).get("timeliness").asText()).isEqualTo("ON_TIME");
        returned(dossier);
    }

    @Test
    void aDossierStillAtTheDeskAtItsApologyPointIsTheDesksToApologiseFor() throws Exception {
        clockAt("2025-03-04T09:00:00+07:00");
        String dossier = acceptedOf("CHUNG-THUC-BAN-SAO", "ACCEPT").get("code").asText();
        // Same day: due at 17:00, the apology halfway through the limit's working hours, at 13:30.
        clockAtAndFireTimers("2025-03-04T13:31:00+07:00");
        JsonNode apology = null;
        for (JsonNode task : body(getAs("clerk", "/api/tasks"))) {
            if (dossier.equals(task.path("dossierCode").asText())
                    && "Task_IssueApology".equals(task.get("key").asText())) {
                apology = task;
            }
        }
        assertThat(apology)
                .as("the clerk holding the dossier writes the apology")
                .isNotNull();
        assertThat(taskOf("handler.tuphap", dossier)).isNull();
    }

    /**
     * A special case keeps a model of its own (CUSTOM). The per-procedure models of earlier versions are such models:
     * deployed in an upgraded engine, the dossiers on them finish as before.
     */
    @Test
    void customTemplateRunsItsOwnModelAsTheEarlierPerProcedureModelsStillDo() throws Exception {
        engine.getRepositoryService()
                .createDeployment()
                .name("legacy HoKinhDoanh")
                .enableDuplicateFiltering(true)
                .addInputStream(
                        "HoKinhDoanh.bpmn", new ClassPathResource("legacy-processes/HoKinhDoanh.bpmn").getInputStream())
                .deploy();
        String code = newCode("CUSTOM");
        ObjectNode body = oneDepartment(code);
        body.put("template", "CUSTOM");
        body.put("processKey", "HoKinhDoanh");
        created(body);
        clockAt("2025-03-03T09:00:00+07:00");
        String dossier = acceptedOf(code, "ACCEPT").get("code").asText();
        assertThat(taskOf("handler.tckh", dossier).get("key").asText()).isEqualTo("Task_ExamineDossier");
        completeOk("handler.tckh", dossier, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", dossier, Map.of("outcome", "SIGN"));
        returned(dossier);
    }

    void returned(String dossier) throws Exception {
        completeOk(
                "clerk",
                dossier,
                Map.of("outcome", "RETURNED", "receivedBy", "Nguyễn Thị Hồng Nhung", "satisfaction", 5));
        assertThat(dossier(dossier).get("status").asText()).isEqualTo("RETURNED");
    }

    @Test
    void wrongFieldsAre400NamingEachAndWriteNothing() throws Exception {
        long versions = count("procedure_version");
        ObjectNode body = oneDepartment(newCode("BAD"));
        body.put("level", "HUYEN");
        body.putObject("timeLimit").put("workingDays", 3).put("sameDay", true);
        body.put("processKey", "HoKinhDoanh");
        body.putArray("agencies").addObject().put("unitCode", "KHONG-CO").put("department", "TC-KH");
        body.remove("name");
        JsonNode error = expect(400, postAs("admin", body, "/api/admin/procedures"));
        assertThat(error.get("fields").fieldNames())
                .toIterable()
                .contains("name", "level", "timeLimit", "processKey", "agencies[0].unitCode");

        ObjectNode custom = oneDepartment(newCode("BAD"));
        custom.put("template", "CUSTOM");
        assertThat(expect(400, postAs("admin", custom, "/api/admin/procedures"))
                        .get("fields")
                        .has("processKey"))
                .isTrue();
        custom.put("processKey", "Dossier");
        assertThat(expect(400, postAs("admin", custom, "/api/admin/procedures"))
                        .get("fields")
                        .has("processKey"))
                .isTrue();

        ObjectNode atDesk = oneDepartment(newCode("BAD"));
        atDesk.put("template", "AT_DESK");
        assertThat(expect(400, postAs("admin", atDesk, "/api/admin/procedures"))
                        .get("fields")
                        .has("timeLimit"))
                .isTrue();

        ObjectNode chain = oneDepartment(newCode("BAD"));
        chain.put("template", "AGENCY_CHAIN");
        assertThat(expect(400, postAs("admin", chain, "/api/admin/procedures"))
                        .get("fields")
                        .has("agencies"))
                .isTrue();

        ObjectNode shares = oneDepartment(newCode("BAD"));
        ((ObjectNode) shares.get("agencies").get(0)).put("shareDays", 4);
        assertThat(expect(400, postAs("admin", shares, "/api/admin/procedures"))
                        .get("fields")
                        .has("agencies"))
                .isTrue();

        ObjectNode noDate = oneDepartment(newCode("BAD"));
        noDate.remove("effectiveFrom");
        noDate.put("template", "SOMETIMES");
        assertThat(expect(400, postAs("admin", noDate, "/api/admin/procedures"))
                        .get("fields")
                        .fieldNames())
                .toIterable()
                .contains("effectiveFrom", "template");
        assertThat(count("procedure_version")).isEqualTo(versions);
    }

    @Test
    void aNewVersionMustTakeEffectAfterTheLatestAndNameItsOwnCode() throws Exception {
        String code = newCode("DATE");
        created(oneDepartment(code));
        long versions = count("procedure_version");
        ObjectNode change = oneDepartment(code);
        change.put("fee", 120000);
        change.put("effectiveFrom", "2025-01-01");
        assertThat(expect(400, putAs("admin", change, "/api/admin/procedures/{code}", code))
                        .get("fields")
                        .has("effectiveFrom"))
                .isTrue();
        change.put("effectiveFrom", "2025-02-01");
        change.put("code", "KHAC");
        assertThat(expect(400, putAs("admin", change, "/api/admin/procedures/{code}", code))
                        .get("fields")
                        .has("code"))
                .isTrue();
        assertThat(count("procedure_version")).isEqualTo(versions);
    }

    @Test
    void unknownCodeIs404AKnownOneIs409AndOnlyTheAdministratorMayCome() throws Exception {
        String code = newCode("ROLE");
        expect(404, putAs("admin", oneDepartment(code), "/api/admin/procedures/{code}", code));
        expect(404, getAs("admin", "/api/admin/procedures/{code}", code));
        created(oneDepartment(code));
        expect(409, postAs("admin", oneDepartment(code), "/api/admin/procedures"));
        for (String user : List.of("clerk", "handler.tckh", "approver", "supervisor")) {
            expect(403, getAs(user, "/api/admin/procedures"));
            expect(403, postAs(user, oneDepartment(newCode("ROLE")), "/api/admin/procedures"));
            expect(403, putAs(user, oneDepartment(code), "/api/admin/procedures/{code}", code));
        }
        expect(401, getAs(null, "/api/admin/procedures"));
        JsonNode listed = body(getAs("admin", "/api/admin/procedures"));
        assertThat(listed.findValuesAsText("code")).contains(code, "HO-KINH-DOANH", "DAT-DAI-GCN");
    }

    @Test
    void theImportSavesEachDraftAsCreatedChangedOrUnchangedAndPreviewsWithoutWriting() throws Exception {
        String code = newCode("IMPORT");
        ProcedureDraft draft = new ProcedureDraft(
                code,
                null,
                "Cấp bản sao trích lục hộ tịch (thử)",
                "Hộ tịch",
                "XA",
                new ProcedureDraft.TimeLimitDraft(null, null, true),
                BigDecimal.valueOf(8000),
                List.of("Tờ khai cấp bản sao trích lục hộ tịch"),
                List.of(new ProcedureDraft.AgencyDraft("COMMUNE", null, "TU-PHAP", null, null)),
                "AT_DESK",
                null,
                LocalDate.of(2025, 1, 1),
                null);
        long versions = count("procedure_version");
        assertThat(administration.preview(draft).outcome()).isEqualTo(ProcedureChange.Outcome.CREATED);
        assertThat(count("procedure_version")).isEqualTo(versions);

        ProcedureChange created = administration.save(draft);
        assertThat(created.outcome()).isEqualTo(ProcedureChange.Outcome.CREATED);
        assertThat(created.after().versionNo()).isEqualTo(1);
        assertThat(administration.save(draft).outcome()).isEqualTo(ProcedureChange.Outcome.UNCHANGED);

        ProcedureDraft dearer = new ProcedureDraft(
                code,
                null,
                draft.name(),
                draft.field(),
                draft.level(),
                draft.timeLimit(),
                BigDecimal.valueOf(10000),
                draft.documents(),
                draft.agencies(),
                draft.template(),
                null,
                LocalDate.of(2025, 7, 1),
                null);
        ProcedureChange previewed = administration.preview(dearer);
        assertThat(previewed.outcome()).isEqualTo(ProcedureChange.Outcome.CHANGED);
        assertThat(previewed.before().fee()).isEqualByComparingTo("8000");
        assertThat(previewed.after().fee()).isEqualByComparingTo("10000");
        assertThat(count("procedure_version")).isEqualTo(versions + 1);
        assertThat(administration.save(dearer).after().versionNo()).isEqualTo(2);

        ProcedureDraft wrong = new ProcedureDraft(
                code, null, "", null, "XA", null, null, List.of(), List.of(), "AT_DESK", null, null, null);
        try {
            administration.preview(wrong);
            throw new AssertionError("a wrong draft was accepted");
        } catch (InvalidFieldException e) {
            assertThat(e.fields())
                    .containsKeys("name", "field", "timeLimit", "fee", "documents", "agencies", "effectiveFrom");
        }
    }
}
