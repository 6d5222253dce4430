package vn.motcua.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.procedure.HandlingTemplate;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureAdministration;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureChange;
import vn.motcua.procedure.ProcedureDraft;

/**
 * The administrator's procedure pages ({@code /admin/procedures}): the catalog with each procedure's version in force,
 * a new procedure, and a procedure's versions with the form that makes the next one. They call the service the API
 * calls ({@code /api/admin/procedures}) and mark its errors beside the fields, keeping what was typed.
 */
@Controller
class ProcedurePagesController {

    private final ProcedureCatalog catalog;
    private final ProcedureAdministration administration;
    private final WorkingCalendar calendar;
    private final Clock clock;

    ProcedurePagesController(
            ProcedureCatalog catalog, ProcedureAdministration administration, WorkingCalendar calendar, Clock clock) {
        this.catalog = catalog;
        this.administration = administration;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One line of the list: the version in force today (or the first to come) and the latest one. */
    record Row(Procedure current, boolean inForce, Procedure latest) {}

    @GetMapping("/admin/procedures")
    String list(Model model) {
        LocalDate today = today();
        List<Row> rows = catalog.codes().stream()
                .map(code -> {
                    List<Procedure> versions = catalog.versions(code);
                    Procedure inForce = inForce(versions, today);
                    return new Row(
                            inForce != null ? inForce : versions.get(0),
                            inForce != null,
                            versions.get(versions.size() - 1));
                })
                .toList();
        model.addAttribute("rows", rows);
        return "admin/procedures";
    }

    @GetMapping("/admin/procedures/new")
    String newProcedure(Model model) {
        ProcedureForm form = new ProcedureForm();
        form.setEffectiveFrom(today().toString());
        model.addAttribute("procedureForm", form);
        return form(model, null);
    }

    @PostMapping("/admin/procedures")
    String create(
            @ModelAttribute ProcedureForm procedureForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProcedureDraft draft = procedureForm.toDraft(result);
        if (draft == null) {
            return form(model, null);
        }
        try {
            administration.create(draft);
        } catch (InvalidFieldException e) {
            reject(e, result);
            return form(model, null);
        } catch (ConflictException e) {
            result.rejectValue("code", "invalid", new Object[] {e.getMessage()}, e.getMessage());
            return form(model, null);
        }
        redirect.addFlashAttribute("saved", ProcedureChange.Outcome.CREATED);
        return "redirect:/admin/procedures/" + draft.code().strip();
    }

    @GetMapping("/admin/procedures/{code}")
    String edit(@PathVariable String code, Model model) {
        List<Procedure> versions = versionsOr404(code);
        Procedure latest = versions.get(versions.size() - 1);
        LocalDate next = latest.effectiveFrom().plusDays(1);
        LocalDate today = today();
        model.addAttribute("procedureForm", ProcedureForm.of(latest, next.isAfter(today) ? next : today));
        return form(model, code);
    }

    @PostMapping("/admin/procedures/{code}")
    String change(
            @PathVariable String code,
            @ModelAttribute ProcedureForm procedureForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        versionsOr404(code);
        procedureForm.setCode(code);
        ProcedureDraft draft = procedureForm.toDraft(result);
        if (draft == null) {
            return form(model, code);
        }
        ProcedureChange change;
        try {
            change = administration.change(code, draft);
        } catch (InvalidFieldException e) {
            reject(e, result);
            return form(model, code);
        }
        redirect.addFlashAttribute("saved", change.outcome());
        return "redirect:/admin/procedures/" + code;
    }

    private String form(Model model, String code) {
        model.addAttribute("code", code);
        model.addAttribute("templates", HandlingTemplate.values());
        if (code != null) {
            List<Procedure> versions = catalog.versions(code);
            Procedure inForce = inForce(versions, today());
            model.addAttribute("versions", versions);
            model.addAttribute("inForceId", inForce == null ? null : inForce.versionId());
        }
        return "admin/procedure";
    }

    private static void reject(InvalidFieldException e, BindingResult result) {
        e.fields().forEach((field, message) -> {
            String formField = ProcedureForm.formField(field);
            if (!result.hasFieldErrors(formField)) {
                result.rejectValue(formField, "invalid", new Object[] {message}, message);
            }
        });
    }

    private List<Procedure> versionsOr404(String code) {
        List<Procedure> versions = catalog.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("Unknown procedure " + code);
        }
        return versions;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    private static Procedure inForce(List<Procedure> versions, LocalDate day) {
        Procedure found = null;
        for (Procedure version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                found = version;
            }
        }
        return found;
    }
}
