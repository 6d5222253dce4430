package vn.motcua.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.clock.SandboxClock;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeRequest.Applicant;
import vn.motcua.dossier.IntakeRequest.Decision;
import vn.motcua.dossier.IntakeRequest.DocumentInput;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.TaskCompletion;
import vn.motcua.file.DossierFiles;
import vn.motcua.handling.TaskView;
import vn.motcua.handling.TaskWork;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Staff;

/**
 * A living office for the demo profile: on first start, a handful of dossiers in every status, each made through
 * the same services and by the same demo users as a person at the desk would, some received days ago so that
 * the overdue board has something to show.
 */
@Component
@ConditionalOnProperty(name = "motcua.demo-data", havingValue = "true")
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    private final DossierService dossiers;
    private final TaskWork tasks;
    private final UserDetailsService users;
    private final SandboxClock sandbox;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ProcedureCatalog procedures;
    private final DossierFiles files;

    DemoDossiers(
            DossierService dossiers,
            TaskWork tasks,
            UserDetailsService users,
            SandboxClock sandbox,
            WorkingCalendar calendar,
            Clock clock,
            JdbcTemplate jdbc,
            ProcedureCatalog procedures,
            DossierFiles files) {
        this.files = files;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.users = users;
        this.sandbox = sandbox;
        this.calendar = calendar;
        this.clock = clock;
        this.jdbc = jdbc;
        this.procedures = procedures;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Long.class) > 0) {
            return;
        }
        Instant now = clock.instant();
        try {
            // Received a week ago and still in the department: overdue on the board.
            at(workingDaysAgo(now, 5), () -> {
                desk("HO-KINH-DOANH", Channel.DIRECT, "Trần Văn Bình", "0903111222", Decision.ACCEPT, true);
                desk("CHUNG-THUC-BAN-SAO", Channel.DIRECT, "Lê Thị Cúc", "0904222333", Decision.ACCEPT, true);
            });
            // Received two days ago: near due.
            at(
                    workingDaysAgo(now, 2),
                    () -> desk("HKD-THAY-DOI", Channel.POSTAL, "Phạm Minh Đức", "0905333444", Decision.ACCEPT, false));
            at(workingDaysAgo(now, 3), () -> {
                String land = desk("DAT-DAI-GCN", Channel.ONLINE, "Hoàng Văn Em", "0906444555", Decision.ACCEPT, true);
                work("handler.datdai", land, TaskCompletion.of("HAND_ON", null, null));
                String returned =
                        desk("HO-KINH-DOANH", Channel.ONLINE, "Vũ Thị Giang", "0907555666", Decision.ACCEPT, true);
                work("handler.tckh", returned, TaskCompletion.of("PROPOSE_RESULT", null, null));
                work("approver", returned, TaskCompletion.of("SIGN", null, null));
                work("clerk", returned, new TaskCompletion("RETURNED", null, null, null, "Vũ Thị Giang", 5, null));
                String rejected =
                        desk("HO-KINH-DOANH", Channel.DIRECT, "Đặng Văn Hải", "0908666777", Decision.ACCEPT, true);
                work(
                        "handler.tckh",
                        rejected,
                        TaskCompletion.of("REJECT", "Ngành nghề kinh doanh có điều kiện chưa đủ giấy phép", null));
                String suspended =
                        desk("HKD-THAY-DOI", Channel.DIRECT, "Bùi Thị Lan", "0909777888", Decision.ACCEPT, true);
                work(
                        "handler.tckh",
                        suspended,
                        TaskCompletion.of(
                                "REQUEST_SUPPLEMENT",
                                "Thiếu giấy tờ của chủ hộ mới",
                                List.of("Bản sao CCCD của chủ hộ mới")));
            });
            at(now, () -> {
                desk("KHAI-SINH", Channel.ONLINE, "Ngô Văn Khánh", "0912888999", null, true);
                String ready = desk("KHAI-SINH", Channel.DIRECT, "Đỗ Thị Mai", "0913999000", Decision.ACCEPT, true);
                work("handler.tuphap", ready, TaskCompletion.of("PROPOSE_RESULT", null, null));
                work("approver", ready, TaskCompletion.of("SIGN", null, null));
                desk("HO-KINH-DOANH", Channel.DIRECT, "Trịnh Văn Nam", "0914000111", Decision.REFUSE, true);
                desk("HO-KINH-DOANH", Channel.DIRECT, "Lý Thị Oanh", "0915111222", Decision.REQUEST_SUPPLEMENT, true);
                String withdrawn =
                        desk("CHUNG-THUC-BAN-SAO", Channel.DIRECT, "Mạc Văn Phúc", "0916222333", Decision.ACCEPT, true);
                dossiers.withdraw(withdrawn, "Công dân xin rút hồ sơ");
                // Across the province: received at the center or its branch, resolved by a commune or an agency.
                String forDongLua = desk(
                        "clerk.trungtam",
                        "HO-KINH-DOANH",
                        "Quách Văn Quang",
                        "0917333444",
                        "XA-DONG-LUA",
                        "Thôn Bãi, xã Đồng Lúa, tỉnh Demo");
                work("handler.donglua", forDongLua, TaskCompletion.of("PROPOSE_RESULT", null, null));
                work("approver.donglua", forDongLua, TaskCompletion.of("SIGN", null, null));
                desk(
                        "clerk.trungtam",
                        "KHAI-SINH",
                        "Tạ Thị Rạng",
                        "0918444555",
                        "XA-BEN-DO",
                        "Xóm Bến, xã Bến Đò, tỉnh Demo");
                desk(
                        "clerk.chinhanh",
                        "LY-LICH-TU-PHAP",
                        "Âu Văn Sang",
                        "0919555666",
                        null,
                        "Số 3, phố Chợ, phường Hồ Sen, tỉnh Demo");
            });
            log.info("Demo office: sample dossiers created in every status");
        } finally {
            sandbox.reset();
            SecurityContextHolder.clearContext();
        }
    }

    private void at(Instant instant, Runnable steps) {
        sandbox.moveTo(instant, true);
        steps.run();
    }

    private Instant workingDaysAgo(Instant now, int days) {
        Instant opening = calendar.receptionInstant(now, OfficeHours.DEFAULT);
        return calendar.subtractWorkingTime(opening, OfficeHours.DEFAULT.workingDays(days), OfficeHours.DEFAULT);
    }

    /** A dossier accepted at another desk of the province, for the unit that resolves it. */
    private String desk(
            String clerk, String procedure, String name, String phone, String competentUnit, String address) {
        Staff staff = as(clerk);
        IntakeRequest request = new IntakeRequest(
                procedure,
                Channel.DIRECT,
                new Applicant(name, "0012" + phone.substring(2), phone, null, address),
                List.of(new DocumentInput("Tờ khai"), new DocumentInput("Bản sao giấy tờ tùy thân")),
                procedures.get(procedure).hasFee() ? PaymentMethod.CASH : null,
                Decision.ACCEPT,
                null,
                null,
                competentUnit);
        return dossiers.intake(request, staff).code();
    }

    private String desk(
            String procedure, Channel channel, String name, String phone, Decision decision, boolean digitized) {
        as("clerk");
        String reason = decision == Decision.REFUSE
                ? "Hồ sơ không thuộc thẩm quyền giải quyết của phường"
                : decision == Decision.REQUEST_SUPPLEMENT ? "Hồ sơ chưa đầy đủ" : null;
        List<String> missing = decision == Decision.REQUEST_SUPPLEMENT ? List.of("Bản sao CCCD của chủ hộ") : null;
        IntakeRequest request = new IntakeRequest(
                procedure,
                channel,
                new Applicant(name, "0012" + phone.substring(2), phone, null, "Tổ 5, phường Hồ Sen, tỉnh Demo"),
                List.of(new DocumentInput("Tờ khai"), new DocumentInput("Bản sao giấy tờ tùy thân")),
                !procedures.get(procedure).hasFee()
                        ? null
                        : channel == Channel.DIRECT ? PaymentMethod.CASH : PaymentMethod.CASHLESS,
                decision,
                reason,
                missing,
                null);
        Staff clerk =
                (Staff) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        // Digitised: a sample scan for each document, as the desk would upload it.
        Map<String, List<MultipartFile>> scans = digitized
                ? Map.of(
                        "Tờ khai", List.of(DemoScans.of("Tờ khai", name)),
                        "Bản sao giấy tờ tùy thân", List.of(DemoScans.of("Bản sao giấy tờ tùy thân", name)))
                : Map.of();
        return files.intake(request, scans, clerk).code();
    }

    private void work(String username, String dossierCode, TaskCompletion completion) {
        Staff staff = as(username);
        TaskView task = tasks.visibleTo(staff, dossierCode).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(username + " has no task of " + dossierCode));
        tasks.complete(task.id(), completion, staff);
    }

    private Staff as(String username) {
        Staff staff = (Staff) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        return staff;
    }
}
