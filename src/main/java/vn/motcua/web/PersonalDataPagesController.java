package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.document.DossierForms;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.handling.TaskWork;
import vn.motcua.privacy.PersonalDataAccessEntry;
import vn.motcua.privacy.PersonalDataAccessLog;
import vn.motcua.privacy.PersonalDataRetention;
import vn.motcua.security.Staff;

/**
 * The pages of personal data protection: the logged opening of an applicant in full from the dossier page, and the
 * administrator's page with the access log and the retention rule ({@code /admin/personal-data}, ADMIN only by
 * {@link PageRoles}). They call the services the API calls.
 */
@Controller
class PersonalDataPagesController {

    private final DossierQueries dossiers;
    private final TaskWork tasks;
    private final PersonalDataAccessLog accessLog;
    private final PersonalDataRetention retention;
    private final MessageSource messages;
    private final DossierForms forms;

    PersonalDataPagesController(
            DossierQueries dossiers,
            TaskWork tasks,
            PersonalDataAccessLog accessLog,
            PersonalDataRetention retention,
            MessageSource messages,
            DossierForms forms) {
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.accessLog = accessLog;
        this.retention = retention;
        this.messages = messages;
        this.forms = forms;
    }

    /**
     * Opens the applicant in full and shows the dossier page with it. Rendered here rather than redirected: the full
     * record is shown once, for the opening that was logged, and a later visit sees it masked again.
     */
    @PostMapping("/dossiers/{code}/personal-data")
    String open(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal Staff staff,
            HttpServletRequest request,
            Model model) {
        try {
            model.addAttribute(
                    "openedApplicant",
                    accessLog.open(code, reason, staff, request.getRemoteAddr()).applicant());
        } catch (InvalidFieldException e) {
            model.addAttribute("openingError", true);
            model.addAttribute("openingReason", reason);
        }
        DossierView dossier = dossiers.view(code, staff);
        model.addAttribute("dossier", dossier);
        model.addAttribute("forms", forms.of(dossier));
        model.addAttribute("openTasks", tasks.visibleTo(staff, code));
        model.addAttribute(
                "awaitedDocuments",
                dossiers.awaitedDocuments(dossiers.find(code).id()));
        return "dossiers/dossier";
    }

    @GetMapping("/admin/personal-data")
    String admin(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String dossier,
            Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("dossier", dossier);
        List<PersonalDataAccessEntry> entries;
        try {
            entries = accessLog.find(date(from), date(to), actor, dossier);
        } catch (DateTimeParseException | InvalidFieldException e) {
            model.addAttribute("datesError", true);
            entries = List.of();
        }
        model.addAttribute("entries", entries);
        model.addAttribute("retention", readable(retention.retention()));
        return "privacy/admin";
    }

    /** The retention rule by hand: a preview, or the erasure once the administrator has ticked the confirmation. */
    @PostMapping("/admin/personal-data/purge")
    String purge(
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        if (!dryRun && !confirmed) {
            redirect.addFlashAttribute("purgeError", true);
        } else {
            redirect.addFlashAttribute("purged", retention.purge(dryRun));
        }
        return "redirect:/admin/personal-data#retention";
    }

    private static LocalDate date(String value) {
        return value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private String readable(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return messages.getMessage(
                    "privacy.admin.years", new Object[] {period.getYears()}, LocaleContextHolder.getLocale());
        }
        return period.toString();
    }
}
