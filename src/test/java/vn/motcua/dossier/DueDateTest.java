package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.motcua.support.ApiTestSupport;

/**
 * The appointment printed on the receipt, through the API with the sandbox clock: working days, Vietnamese
 * holidays and make-up days, the 15:00 rule and receipt outside office hours.
 */
class DueDateTest extends ApiTestSupport {

    @Test
    void householdBusinessAcceptedOnFridayMorningIsDueWednesday() throws Exception {
        clockAt("2025-03-07T10:00:00+07:00");
        assertThat(accepted("HO-KINH-DOANH").get("dueAt").asText()).isEqualTo("2025-03-12T10:00:00+07:00");
    }

    @Test
    void householdBusinessAcceptedBeforeTetIsDueAfterTheTetBreak() throws Exception {
        clockAt("2025-01-24T10:00:00+07:00");
        assertThat(accepted("HO-KINH-DOANH").get("dueAt").asText()).isEqualTo("2025-02-05T10:00:00+07:00");
    }

    @Test
    void householdBusinessAcceptedBeforeReunificationDaySkipsTheThreeDaysOff() throws Exception {
        clockAt("2025-04-29T10:00:00+07:00");
        assertThat(accepted("HO-KINH-DOANH").get("dueAt").asText()).isEqualTo("2025-05-07T10:00:00+07:00");
    }

    @Test
    void landDossierReceivedOnSeventhOfDecember2026IsDueAfterNewYearsDayAndSaysTheYearIsUndecided() throws Exception {
        clockAt("2026-12-07T08:00:00+07:00");
        JsonNode dossier = accepted("DAT-DAI-GCN");
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2027-01-04T17:00:00+07:00");
        String received = null;
        for (JsonNode line : dossier(dossier.get("code").asText()).get("timeline")) {
            if ("RECEIVED".equals(line.get("step").asText())) {
                received = line.get("note").asText();
            }
        }
        assertThat(received).contains("lịch nghỉ năm 2027 chưa có quyết định hoán đổi");
    }

    @Test
    void householdBusinessReceivedInADecidedYearCarriesNoCalendarWarning() throws Exception {
        clockAt("2025-03-07T10:00:00+07:00");
        JsonNode dossier = dossier(accepted("HO-KINH-DOANH").get("code").asText());
        for (JsonNode line : dossier.get("timeline")) {
            assertThat(line.get("note").asText()).doesNotContain("chưa có quyết định");
        }
    }

    @Test
    void birthRegisteredAfterThreePmIsDueTheNextWorkingDay() throws Exception {
        clockAt("2025-03-05T15:30:00+07:00");
        assertThat(accepted("KHAI-SINH").get("dueAt").asText()).isEqualTo("2025-03-06T17:00:00+07:00");
    }

    @Test
    void birthRegisteredInTheMorningIsDueTheSameDay() throws Exception {
        clockAt("2025-03-05T09:00:00+07:00");
        assertThat(accepted("KHAI-SINH").get("dueAt").asText()).isEqualTo("2025-03-05T17:00:00+07:00");
    }

    @Test
    void onlineDossierAcceptedAtNightIsReceivedAtTheNextOpening() throws Exception {
        clockAt("2025-03-07T22:15:00+07:00");
        ObjectNode body = intakeBody("HO-KINH-DOANH", "ACCEPT");
        body.put("channel", "ONLINE");
        JsonNode dossier = intake(body);
        assertThat(dossier.get("submittedAt").asText()).isEqualTo("2025-03-07T22:15:00+07:00");
        assertThat(dossier.get("receivedAt").asText()).isEqualTo("2025-03-10T08:00:00+07:00");
        assertThat(dossier.get("dueAt").asText()).isEqualTo("2025-03-12T17:00:00+07:00");
    }

    @Test
    void saturdayMakeUpDayCountsAsAWorkingDay() throws Exception {
        clockAt("2025-04-25T10:00:00+07:00");
        // Fri 25/4 10:00 + 3 days: Sat 26/4 (worked), Mon 28/4, Tue 29/4.
        assertThat(accepted("HO-KINH-DOANH").get("dueAt").asText()).isEqualTo("2025-04-29T10:00:00+07:00");
    }

    @Test
    void landCertificateIsDueTwentyWorkingDaysLater() throws Exception {
        clockAt("2025-03-03T09:00:00+07:00");
        assertThat(accepted("DAT-DAI-GCN").get("dueAt").asText()).isEqualTo("2025-03-31T09:00:00+07:00");
    }

    @Test
    void dossierCodeCarriesTheAgencyTheDayAndARunningNumber() throws Exception {
        clockAt("2025-03-07T10:00:00+07:00");
        String first = accepted("KHAI-SINH").get("code").asText();
        String second = accepted("KHAI-SINH").get("code").asText();
        assertThat(first).matches("000\\.00\\.15\\.H12-250307-\\d{4}");
        assertThat(Integer.parseInt(second.substring(second.length() - 4)))
                .isEqualTo(Integer.parseInt(first.substring(first.length() - 4)) + 1);
    }
}
