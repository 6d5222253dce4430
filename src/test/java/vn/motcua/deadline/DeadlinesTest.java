package vn.motcua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.session.SqlSessionFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.document.Pdfs;
import vn.motcua.support.ApiTestSupport;

/**
 * The law's promise on deadlines (docs/domain.md, "Lifecycle"), driven by the sandbox clock and the
 * engine's own timers: the apology one working day before due, the overdue flag at due, the clock stopped while
 * the citizen completes the dossier, and each agency's share of the limit.
 */
class DeadlinesTest extends ApiTestSupport {

    @Autowired
    RuntimeService runtime;

    @Autowired
    SqlSessionFactory sessions;

    @Test
    void departmentThatHoldsTheDossierMustApologiseOneWorkingDayBeforeDue() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        assertThat(dossier(code).get("dueAt").asText()).isEqualTo("2025-03-06T09:00:00+07:00");

        clockAtAndFireTimers("2025-03-05T08:59:00+07:00");
        assertThat(apologyTask("handler.tckh", code)).isNull();

        clockAtAndFireTimers("2025-03-05T09:01:00+07:00");
        JsonNode apologyTask = apologyTask("handler.tckh", code);
        assertThat(apologyTask).isNotNull();
        assertThat(apologyTask.get("department").asText()).isEqualTo("TC-KH");
        assertThat(apologyTask("handler.tuphap", code)).isNull();
        assertThat(row(board().get("nearDue"), code).get("apology").asText()).isEqualTo("DUE");

        expect(
                204,
                postAs(
                        "handler.tckh",
                        Map.of(
                                "outcome",
                                "ISSUE_APOLOGY",
                                "reason",
                                "Chờ xác minh ngành nghề",
                                "newDueAt",
                                "2025-03-10T16:00:00+07:00"),
                        "/api/tasks/{id}/complete",
                        apologyTask.get("id").asText()));
        JsonNode rescheduled = dossier(code);
        assertThat(rescheduled.get("rescheduledDueAt").asText()).isEqualTo("2025-03-10T16:00:00+07:00");
        assertThat(rescheduled.get("dueAt").asText()).isEqualTo("2025-03-06T09:00:00+07:00");
        assertThat(rescheduled.get("apology").get("reason").asText()).isEqualTo("Chờ xác minh ngành nghề");
        String letter = Pdfs.text(getAs("handler.tckh", "/api/dossiers/{code}/documents/apology.pdf", code)
                .getResponse()
                .getContentAsByteArray());
        assertThat(letter).contains(code, "Chờ xác minh ngành nghề", "16 giờ 00 phút, ngày 10 tháng 3 năm 2025");
        expect(
                409,
                postAs(
                        "handler.tckh",
                        Map.of(
                                "outcome",
                                "ISSUE_APOLOGY",
                                "reason",
                                "Lần hai",
                                "newDueAt",
                                "2025-03-11T16:00:00+07:00"),
                        "/api/tasks/{id}/complete",
                        apologyTask.get("id").asText()));

        clockAtAndFireTimers("2025-03-06T09:01:00+07:00");
        JsonNode overdue = row(board().get("overdue"), code);
        assertThat(overdue.get("apology").asText()).isEqualTo("ISSUED");
        assertThat(overdue.get("department").asText()).isEqualTo("TC-KH");
        assertThat(overdue.get("workingDaysLate").asInt()).isEqualTo(1);
        assertThat(dossier(code).get("overdue").asBoolean()).isTrue();

        clockAt("2025-03-07T10:00:00+07:00");
        completeOk("handler.tckh", code, Map.of("outcome", "PROPOSE_RESULT"));
        completeOk("approver", code, Map.of("outcome", "SIGN"));
        assertThat(dossier(code).get("timeliness").asText()).isEqualTo("LATE");
    }

    @Test
    void sameDayDossierIsNotAskedForAnApologyTheMomentItIsReceived() throws Exception {
        // KHAI-SINH is due the same day: received at 09:00, due at 17:00, with no working day before the deadline
        // left. The apology falls due halfway through the limit's 7 working hours (lunch aside): at 13:30.
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("KHAI-SINH").get("code").asText();
        assertThat(dossier(code).get("dueAt").asText()).isEqualTo("2025-03-03T17:00:00+07:00");

        clockAtAndFireTimers("2025-03-03T13:29:00+07:00");
        assertThat(apologyTask("handler.tuphap", code)).isNull();
        assertThat(row(board().get("nearDue"), code).get("apology").asText()).isEqualTo("NOT_YET");

        clockAtAndFireTimers("2025-03-03T13:31:00+07:00");
        assertThat(apologyTask("handler.tuphap", code)).isNotNull();
        assertThat(row(board().get("nearDue"), code).get("apology").asText()).isEqualTo("DUE");
    }

    @Test
    void dossierPastItsDueWithoutApologyIsFlaggedAsMissingOne() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        clockAtAndFireTimers("2025-03-06T10:00:00+07:00");
        JsonNode row = row(board().get("overdue"), code);
        assertThat(row.get("apology").asText()).isEqualTo("MISSING");
        assertThat(jdbc.queryForObject("SELECT apology_missing FROM dossier WHERE code = ?", Boolean.class, code))
                .isTrue();
        assertThat(steps(dossier(code))).contains("APOLOGY_DUE", "OVERDUE");
    }

    @Test
    void newAppointmentMustBeAWorkingTimeAfterTheOriginal() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        clockAtAndFireTimers("2025-03-05T10:00:00+07:00");
        String taskId = apologyTask("handler.tckh", code).get("id").asText();
        JsonNode before = expect(
                400,
                postAs(
                        "handler.tckh",
                        Map.of("outcome", "ISSUE_APOLOGY", "reason", "Chậm", "newDueAt", "2025-03-05T16:00:00+07:00"),
                        "/api/tasks/{id}/complete",
                        taskId));
        assertThat(before.get("fields").has("newDueAt")).isTrue();
        JsonNode sunday = expect(
                400,
                postAs(
                        "handler.tckh",
                        Map.of("outcome", "ISSUE_APOLOGY", "reason", "Chậm", "newDueAt", "2025-03-09T10:00:00+07:00"),
                        "/api/tasks/{id}/complete",
                        taskId));
        assertThat(sunday.get("fields").has("newDueAt")).isTrue();
        expect(
                400,
                postAs(
                        "handler.tckh",
                        Map.of("outcome", "ISSUE_APOLOGY", "reason", "Chậm"),
                        "/api/tasks/{id}/complete",
                        taskId));
        assertThat(dossier(code).get("apology").isNull()).isTrue();
        assertThat(apologyTask("handler.tckh", code)).isNotNull();
    }

    @Test
    void noTimeLimitRunsWhileTheCitizenCompletesTheDossier() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("HO-KINH-DOANH").get("code").asText();
        completeOk(
                "handler.tckh",
                code,
                Map.of(
                        "outcome",
                        "REQUEST_SUPPLEMENT",
                        "reason",
                        "Thiếu giấy tờ",
                        "missingDocuments",
                        List.of("Bản sao CCCD")));

        clockAtAndFireTimers("2025-03-07T10:00:00+07:00");
        JsonNode suspended = dossier(code);
        assertThat(suspended.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(steps(suspended)).doesNotContain("APOLOGY_DUE", "OVERDUE");

        clockAt("2025-03-10T09:00:00+07:00");
        JsonNode resumed = body(postAs(
                "clerk",
                Map.of("documents", List.of(Map.of("name", "Bản sao CCCD"))),
                "/api/dossiers/{code}/supplement",
                code));
        assertThat(resumed.get("dueAt").asText()).isEqualTo("2025-03-13T09:00:00+07:00");

        clockAtAndFireTimers("2025-03-12T08:59:00+07:00");
        assertThat(apologyTask("handler.tckh", code)).isNull();
        clockAtAndFireTimers("2025-03-12T09:01:00+07:00");
        assertThat(apologyTask("handler.tckh", code)).isNotNull();
        clockAtAndFireTimers("2025-03-13T09:01:00+07:00");
        assertThat(row(board().get("overdue"), code).get("apology").asText()).isEqualTo("MISSING");
    }

    @Test
    void supplementAskedForAfterThreeWorkingDaysIsWarnedOnTheTimeline() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("DAT-DAI-GCN").get("code").asText();
        clockAt("2025-03-07T10:00:00+07:00");
        completeOk(
                "handler.datdai",
                code,
                Map.of(
                        "outcome",
                        "REQUEST_SUPPLEMENT",
                        "reason",
                        "Thiếu trích đo",
                        "missingDocuments",
                        List.of("Mảnh trích đo địa chính")));
        String note = lastNote(dossier(code), "SUSPENDED");
        assertThat(note).startsWith("CẢNH BÁO").contains("Mảnh trích đo địa chính");
    }

    @Test
    void aWorkingDayIsADayOfTheUnitsOwnOfficeHours() throws Exception {
        // 07:30–11:30 and 13:00–16:30: a working day of seven and a half hours.
        officeHoursOfTheDemoUnit("07:30:00", "11:30:00", "13:00:00", "16:30:00");
        try {
            clockAt("2025-03-03T09:00:00+07:00");
            String code = accepted("DAT-DAI-GCN").get("code").asText();
            // The land office's 12 working days end at the same clock time, twelve of the unit's working days on.
            assertThat(dossier(code)
                            .get("controlSheet")
                            .get(0)
                            .get("shareDueAt")
                            .asText())
                    .isEqualTo("2025-03-19T09:00:00+07:00");
            // Three of the unit's working days and an hour after receipt, a supplement request comes too late.
            clockAt("2025-03-06T10:00:00+07:00");
            completeOk(
                    "handler.datdai",
                    code,
                    Map.of(
                            "outcome",
                            "REQUEST_SUPPLEMENT",
                            "reason",
                            "Thiếu trích đo",
                            "missingDocuments",
                            List.of("Mảnh trích đo địa chính")));
            assertThat(lastNote(dossier(code), "SUSPENDED")).startsWith("CẢNH BÁO");
        } finally {
            officeHoursOfTheDemoUnit("08:00:00", "12:00:00", "13:00:00", "17:00:00");
        }
    }

    private void officeHoursOfTheDemoUnit(
            String morningStart, String morningEnd, String afternoonStart, String afternoonEnd) {
        jdbc.update(
                "UPDATE unit SET morning_start = ?, morning_end = ?, afternoon_start = ?, afternoon_end = ?"
                        + " WHERE code = (SELECT unit_code FROM staff WHERE username = 'clerk')",
                morningStart,
                morningEnd,
                afternoonStart,
                afternoonEnd);
        // Units are cached for a minute; the test does not wait for it.
        sessions.getConfiguration().getCache("vn.motcua.office.OfficeMapper").clear();
    }

    @Test
    void eachAgencyIsJudgedAgainstItsOwnShareOfTheLimit() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = accepted("DAT-DAI-GCN").get("code").asText();
        // The land office has 12 of the 20 working days: due Wed 19/3 09:00. It hands over a day late.
        clockAt("2025-03-20T09:00:00+07:00");
        completeOk("handler.datdai", code, Map.of("outcome", "HAND_ON"));
        clockAt("2025-03-21T09:00:00+07:00");
        completeOk("handler.thue", code, Map.of("outcome", "HAND_ON"));

        JsonNode sheet = dossier(code).get("controlSheet");
        assertThat(sheet).hasSize(3);
        assertThat(sheet.get(0).get("department").asText()).isEqualTo("DAT-DAI");
        assertThat(sheet.get(0).get("shareDueAt").asText()).isEqualTo("2025-03-19T09:00:00+07:00");
        assertThat(sheet.get(0).get("timeliness").asText()).isEqualTo("LATE");
        assertThat(sheet.get(0).get("handedBy").asText()).isEqualTo("handler.datdai");
        assertThat(sheet.get(1).get("department").asText()).isEqualTo("THUE");
        assertThat(sheet.get(1).get("takenFrom").asText()).isEqualTo("handler.datdai");
        assertThat(sheet.get(1).get("shareDueAt").asText()).isEqualTo("2025-03-27T09:00:00+07:00");
        assertThat(sheet.get(1).get("timeliness").asText()).isEqualTo("EARLY");
        assertThat(sheet.get(2).get("department").asText()).isEqualTo("DAT-DAI");
        assertThat(sheet.get(2).get("handedAt").isNull()).isTrue();

        clockAtAndFireTimers("2025-03-28T10:00:00+07:00");
        assertThat(apologyTask("handler.datdai", code)).isNotNull();
        assertThat(apologyTask("handler.thue", code)).isNull();
    }

    @Test
    void dossierAcceptedAtTheCheckTaskIsHandedOverWithTheAppointmentItWasJustGiven() throws Exception {
        // Received (the appointment set) and handed to the department in one completion of the desk's check task.
        clockAt("2025-03-03T09:00:00+07:00");
        String code = intake(intakeBody("KHAI-SINH", null)).get("code").asText();
        completeOk("clerk", code, Map.of("outcome", "ACCEPT"));

        JsonNode dossier = dossier(code);
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2025-03-03T17:00:00+07:00");
        JsonNode sheet = dossier.get("controlSheet");
        assertThat(sheet).hasSize(1);
        assertThat(sheet.get(0).get("department").asText()).isEqualTo("TU-PHAP");
        // Khai sinh gives its one agency no share of its own: the department answers for the dossier's due.
        assertThat(sheet.get(0).get("shareDueAt").asText())
                .isEqualTo(dossier.get("dueAt").asText());
    }

    @Test
    void dossierStartedBeforeTheHandlingKeyBecameTransientIsStillReceived() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        String code = intake(intakeBody("HO-KINH-DOANH", null)).get("code").asText();
        // As the processes of earlier versions started it: the handling process's key stored with the instance.
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .list()
                .forEach(instance ->
                        runtime.setVariable(instance.getId(), "handlingProcessKey", "HandleInOneDepartment"));

        completeOk("clerk", code, Map.of("outcome", "ACCEPT"));

        assertThat(dossier(code).get("status").asText()).isEqualTo("PROCESSING");
        assertThat(taskOf("handler.tckh", code)).isNotNull();
    }

    @Test
    void overdueBoardIsForSupervisors() throws Exception {
        expect(403, getAs("handler.tckh", "/api/overdue"));
        expect(403, getAs("clerk", "/api/overdue"));
        expect(200, getAs("admin", "/api/overdue"));
    }

    private JsonNode board() throws Exception {
        return expect(200, getAs("supervisor", "/api/overdue"));
    }

    private JsonNode apologyTask(String user, String code) throws Exception {
        for (JsonNode task : body(getAs(user, "/api/tasks"))) {
            if (code.equals(task.path("dossierCode").asText())
                    && "Task_IssueApology".equals(task.get("key").asText())) {
                return task;
            }
        }
        return null;
    }

    private static JsonNode row(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (code.equals(row.get("code").asText())) {
                return row;
            }
        }
        throw new AssertionError(code + " is not in " + rows);
    }

    private static List<String> steps(JsonNode dossier) {
        return dossier.get("timeline").findValuesAsText("step");
    }

    private static String lastNote(JsonNode dossier, String step) {
        String note = null;
        for (JsonNode line : dossier.get("timeline")) {
            if (step.equals(line.get("step").asText())) {
                note = line.get("note").asText();
            }
        }
        return note;
    }
}
