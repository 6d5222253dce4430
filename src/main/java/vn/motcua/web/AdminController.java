package vn.motcua.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.clock.SandboxClock;
import vn.motcua.common.NotFoundException;
import vn.motcua.indicator.RollupRebuild;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;
import vn.motcua.security.StaffRoster;

/**
 * The administrator's page: the clock (and, in the demo and test profiles, the sandbox clock that moves it), the
 * state of the engine with the Camunda webapps, the month's exports, and the office as the system knows it: units,
 * departments, staff and procedures, read-only (they are changed in {@code config/} and the database, not here).
 */
@Controller
class AdminController {

    /** What {@code <input type="datetime-local">} sends and shows. */
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ObjectProvider<SandboxClock> sandbox;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final EngineHealth engine;
    private final OfficeDirectory office;
    private final StaffRoster staff;
    private final ProcedureCatalog procedures;
    private final RollupRebuild rollupRebuild;

    AdminController(
            ObjectProvider<SandboxClock> sandbox,
            Clock clock,
            WorkingCalendar calendar,
            EngineHealth engine,
            OfficeDirectory office,
            StaffRoster staff,
            ProcedureCatalog procedures,
            RollupRebuild rollupRebuild) {
        this.sandbox = sandbox;
        this.clock = clock;
        this.calendar = calendar;
        this.engine = engine;
        this.office = office;
        this.staff = staff;
        this.procedures = procedures;
        this.rollupRebuild = rollupRebuild;
    }

    /** The month from which the admin page also watches next year's holiday decision. */
    static final int NEXT_YEAR_WATCHED_FROM = 10;

    @GetMapping("/admin")
    String page(@AuthenticationPrincipal Staff signedIn, Model model) {
        if (signedIn.role() == Role.UNIT_ADMIN) {
            return "redirect:/admin/staff";
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(calendar.zone()));
        SandboxClock sandboxClock = sandbox.getIfAvailable();
        model.addAttribute("now", now);
        model.addAttribute("sandbox", sandboxClock != null);
        model.addAttribute("frozen", sandboxClock != null && sandboxClock.frozen());
        if (!model.containsAttribute("clockInput")) {
            model.addAttribute("clockInput", LOCAL_INPUT.format(now));
        }
        YearMonth month = YearMonth.from(now);
        model.addAttribute("monthFrom", month.atDay(1));
        model.addAttribute("monthTo", month.atEndOfMonth());
        model.addAttribute("engine", engine.now());
        model.addAttribute("units", office.units());
        model.addAttribute("departments", office.departments());
        model.addAttribute("staff", staff.all());
        model.addAttribute("procedures", procedures.all());
        undecidedHolidayYears(now.toLocalDate()).ifPresent(years -> model.addAttribute("undecidedHolidayYears", years));
        return "admin/home";
    }

    /**
     * The years whose holidays the government has not decided, from today to the end of this year, and from
     * 1 October (when the Ministry of Home Affairs usually proposes next year's Tết) to the end of next year too.
     */
    private Optional<String> undecidedHolidayYears(LocalDate today) {
        int lastYear = today.isBefore(LocalDate.of(today.getYear(), NEXT_YEAR_WATCHED_FROM, 1))
                ? today.getYear()
                : today.getYear() + 1;
        Set<Integer> years = calendar.undecidedYears(today, LocalDate.of(lastYear, 12, 31));
        return years.isEmpty()
                ? Optional.empty()
                : Optional.of(years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** Moves the sandbox clock to a time of the office's zone; timers that fall due fire, as in real time. */
    @PostMapping("/admin/clock")
    String moveClock(
            @RequestParam(required = false) String now,
            @RequestParam(defaultValue = "false") boolean frozen,
            RedirectAttributes redirect) {
        SandboxClock sandboxClock = sandboxOr404();
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(now == null ? "" : now.trim(), LOCAL_INPUT);
        } catch (DateTimeParseException e) {
            // Back to the page (not rendered at this POST's address, so its links and a reload still work),
            // with the mistake marked beside the field and what was typed kept.
            redirect.addFlashAttribute("clockError", true);
            redirect.addFlashAttribute("clockInput", now);
            return "redirect:/admin#clock";
        }
        sandboxClock.moveTo(at.atZone(calendar.zone()).toInstant(), frozen);
        redirect.addFlashAttribute("clockMoved", true);
        return "redirect:/admin#clock";
    }

    /** Back to real time. */
    @PostMapping("/admin/clock/reset")
    String resetClock(RedirectAttributes redirect) {
        sandboxOr404().reset();
        redirect.addFlashAttribute("clockMoved", true);
        return "redirect:/admin#clock";
    }

    /**
     * Rebuilds the indicator rollup from the dossier rows ({@code POST /api/admin/indicators/rebuild}), once the
     * administrator has ticked the confirmation: it rewrites every unit's figures, which takes a while on a large
     * office. Without the tick, back to the page with the box marked; the page also asks in a dialog where scripts run.
     */
    @PostMapping("/admin/indicators/rebuild")
    String rebuildIndicators(@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (!confirmed) {
            redirect.addFlashAttribute("rebuildError", true);
            return "redirect:/admin#rebuild";
        }
        redirect.addFlashAttribute("rebuilt", rollupRebuild.rebuild());
        return "redirect:/admin#rebuild";
    }

    /** Outside the demo and test profiles there is no sandbox clock to move, as {@code /api/sandbox/clock} is 404. */
    private SandboxClock sandboxOr404() {
        SandboxClock sandboxClock = sandbox.getIfAvailable();
        if (sandboxClock == null) {
            throw new NotFoundException("There is no sandbox clock in this profile");
        }
        return sandboxClock;
    }
}
