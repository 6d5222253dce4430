package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.indicator.RollupRebuild;
import vn.motcua.support.ApiTestSupport;

/** The administration page is the admin's alone, with or without a browser on the machine. */
class AdminPageTest extends ApiTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"clerk", "handler.tckh", "approver", "supervisor"})
    void everyOtherRoleIsRefusedThePageAndTheClock(String user) throws Exception {
        assertThat(getAs(user, "/admin").getResponse().getStatus()).isEqualTo(403);
        Instant before = sandbox.now();
        var move = call(
                post("/admin/clock")
                        .param("now", "2030-01-01T08:00")
                        .param("frozen", "true")
                        .with(csrf()),
                user);
        assertThat(move.getResponse().getStatus()).isEqualTo(403);
        assertThat(sandbox.now()).isBetween(before, Instant.now().plusSeconds(1));
    }

    @Test
    void theAdminMovesTheClockInTheOfficesTimeZone() throws Exception {
        assertThat(getAs("admin", "/admin").getResponse().getStatus()).isEqualTo(200);
        var move = call(
                post("/admin/clock")
                        .param("now", "2025-03-07T10:00")
                        .param("frozen", "true")
                        .with(csrf()),
                "admin");
        assertThat(move.getResponse().getStatus()).isEqualTo(302);
        assertThat(sandbox.now())
                .isEqualTo(OffsetDateTime.parse("2025-03-07T10:00:00+07:00").toInstant());
        assertThat(sandbox.frozen()).isTrue();
    }

    // config/calendar/ holds the decisions of 2024-2026 and an undecided 2027 file.

    @Test
    void untilTheEndOfSeptemberNextYearsMissingHolidayDecisionIsNotYetMentioned() throws Exception {
        clockAt("2026-09-30T16:00:00+07:00");
        assertThat(adminPage()).doesNotContain("id=\"calendar-undecided\"");
    }

    @Test
    void fromTheFirstOfOctoberTheAdminIsWarnedThatNextYearsHolidaysAreUndecided() throws Exception {
        clockAt("2026-10-01T08:00:00+07:00");
        assertThat(adminPage())
                .contains("id=\"calendar-undecided\"")
                .contains("Lịch nghỉ lễ, Tết năm 2027 chưa có quyết định hoán đổi")
                .contains("config/calendar/holidays-2027.yml");
    }

    @Test
    void aYearStillUndecidedWhenItHasBegunIsWarnedAboutAllYearWithNextYear() throws Exception {
        clockAt("2027-03-15T09:00:00+07:00");
        assertThat(adminPage()).contains("Lịch nghỉ lễ, Tết năm 2027 chưa");
        clockAt("2027-10-01T09:00:00+07:00");
        assertThat(adminPage()).contains("Lịch nghỉ lễ, Tết năm 2027, 2028 chưa");
    }

    @Test
    void theWarningIsInEnglishForAnEnglishPage() throws Exception {
        clockAt("2026-12-01T09:00:00+07:00");
        var page = getAs("admin", "/admin?lang=en").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The 2027 holiday calendar has no government decision yet");
    }

    @Test
    void theIndicatorRebuildAsksForAConfirmationAndSaysWhatItDid() throws Exception {
        assertThat(adminPage())
                .contains("id=\"rebuild-submit\"")
                .contains("data-confirm=\"Tính lại toàn bộ bảng tổng hợp chỉ số từ hồ sơ?\"");

        var unconfirmed = call(post("/admin/indicators/rebuild").with(csrf()), "admin");
        assertThat(unconfirmed.getResponse().getRedirectedUrl()).isEqualTo("/admin#rebuild");
        assertThat((java.util.Map<String, Object>) unconfirmed.getFlashMap())
                .containsKey("rebuildError")
                .doesNotContainKey("rebuilt");

        var confirmed = call(
                post("/admin/indicators/rebuild").param("confirmed", "true").with(csrf()), "admin");
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/admin#rebuild");
        assertThat(confirmed.getFlashMap().get("rebuilt")).isInstanceOf(RollupRebuild.Result.class);

        for (String user : new String[] {"clerk", "handler.tckh", "approver", "supervisor"}) {
            var refused = call(
                    post("/admin/indicators/rebuild").param("confirmed", "true").with(csrf()), user);
            assertThat(refused.getResponse().getStatus()).as(user).isEqualTo(403);
        }
    }

    private String adminPage() throws Exception {
        var result = getAs("admin", "/admin");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
