package vn.motcua.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.administration.DepartmentRequest;
import vn.motcua.administration.DepartmentView;
import vn.motcua.administration.OfficeAdministration;
import vn.motcua.administration.PasswordReset;
import vn.motcua.administration.StaffAdministration;
import vn.motcua.administration.StaffRequest;
import vn.motcua.administration.StaffView;
import vn.motcua.administration.UnitRequest;
import vn.motcua.administration.UnitView;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.office.UnitKind;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * The admin pages that set up the office: units, departments and staff (the province's administrator for every
 * unit, a unit's administrator for his own), and the administration log (the province's administrator). Each form
 * calls the service the API calls, so it checks what the API checks; a wrong field is marked beside it and what was
 * typed stays.
 */
@Controller
class OfficePagesController {

    /** The request's field names that the page forms spell otherwise. */
    private static final Map<String, String> FORM_FIELDS =
            Map.of("officeHours.morning", "morning", "officeHours.afternoon", "afternoon", "officeHours", "morning");

    private final OfficeAdministration office;
    private final StaffAdministration staff;
    private final AdministrationLog log;
    private final Validator validator;
    private final ZoneId zone;

    OfficePagesController(
            OfficeAdministration office,
            StaffAdministration staff,
            AdministrationLog log,
            Validator validator,
            WorkingCalendar calendar) {
        this.office = office;
        this.staff = staff;
        this.log = log;
        this.validator = validator;
        this.zone = calendar.zone();
    }

    // --- Units ------------------------------------------------------------------------------------------------

    @GetMapping("/admin/units")
    String units(Model model) {
        model.addAttribute("units", office.units());
        return "admin/units";
    }

    @GetMapping("/admin/units/new")
    String newUnit(Model model) {
        return unitPage(null, new UnitForm(), model);
    }

    @PostMapping("/admin/units/new")
    String createUnit(@ModelAttribute("unit") UnitForm form, BindingResult result, Model model, RedirectAttributes r) {
        UnitRequest request = form.toRequest();
        if (!checked(request, result, () -> form.leadIsNumber(), "apologyLeadHours")
                || !done(result, model, () -> office.createUnit(request))) {
            return unitPage(null, form, model);
        }
        r.addFlashAttribute("saved", request.code());
        return "redirect:/admin/units/" + request.code();
    }

    @GetMapping("/admin/units/{code}")
    String unit(@PathVariable String code, Model model) {
        UnitView unit = office.unit(code);
        return unitPage(unit, UnitForm.of(unit), model);
    }

    @PostMapping("/admin/units/{code}")
    String updateUnit(
            @PathVariable String code,
            @ModelAttribute("unit") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes r) {
        UnitView existing = office.unit(code);
        form.setCode(code);
        UnitRequest request = form.toRequest();
        if (!checked(request, result, () -> form.leadIsNumber(), "apologyLeadHours")
                || !done(result, model, () -> office.updateUnit(code, request))) {
            return unitPage(existing, form, model);
        }
        r.addFlashAttribute("saved", code);
        return "redirect:/admin/units/" + code;
    }

    @PostMapping("/admin/units/{code}/merge")
    String mergeUnit(@PathVariable String code, @RequestParam(defaultValue = "") String target, RedirectAttributes r) {
        try {
            office.mergeUnit(code, target.trim());
            r.addFlashAttribute("saved", code);
        } catch (InvalidFieldException | ConflictException e) {
            r.addFlashAttribute("mergeError", e.getMessage());
            r.addFlashAttribute("mergeTarget", target);
        }
        return "redirect:/admin/units/" + code + "#merge";
    }

    private String unitPage(UnitView existing, UnitForm form, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("unit", form);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("allUnits", office.units());
        return "admin/unit";
    }

    // --- Departments ------------------------------------------------------------------------------------------

    @GetMapping("/admin/departments")
    String departments(Model model) {
        model.addAttribute("departments", office.departments());
        return "admin/departments";
    }

    @GetMapping("/admin/departments/new")
    String newDepartment(@AuthenticationPrincipal Staff actor, Model model) {
        DepartmentForm form = new DepartmentForm();
        if (actor.role() == Role.UNIT_ADMIN) {
            form.setUnitCode(actor.unitCode());
        }
        return departmentPage(null, form, model);
    }

    @PostMapping("/admin/departments/new")
    String createDepartment(
            @ModelAttribute("department") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes r) {
        DepartmentRequest request = form.toRequest();
        if (!checked(request, result, () -> true, null)
                || !done(result, model, () -> office.createDepartment(request))) {
            return departmentPage(null, form, model);
        }
        r.addFlashAttribute("saved", request.code());
        return "redirect:/admin/departments/" + request.code();
    }

    @GetMapping("/admin/departments/{code}")
    String department(@PathVariable String code, Model model) {
        DepartmentView department = office.department(code);
        return departmentPage(department, DepartmentForm.of(department), model);
    }

    @PostMapping("/admin/departments/{code}")
    String updateDepartment(
            @PathVariable String code,
            @ModelAttribute("department") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes r) {
        DepartmentView existing = office.department(code);
        form.setCode(code);
        form.setUnitCode(existing.unitCode());
        DepartmentRequest request = form.toRequest();
        if (!checked(request, result, () -> true, null)
                || !done(result, model, () -> office.updateDepartment(code, request))) {
            return departmentPage(existing, form, model);
        }
        r.addFlashAttribute("saved", code);
        return "redirect:/admin/departments/" + code;
    }

    @PostMapping("/admin/departments/{code}/merge")
    String mergeDepartment(
            @PathVariable String code, @RequestParam(defaultValue = "") String target, RedirectAttributes r) {
        try {
            office.mergeDepartment(code, target.trim());
            r.addFlashAttribute("saved", code);
        } catch (InvalidFieldException | ConflictException e) {
            r.addFlashAttribute("mergeError", e.getMessage());
            r.addFlashAttribute("mergeTarget", target);
        }
        return "redirect:/admin/departments/" + code + "#merge";
    }

    private String departmentPage(DepartmentView existing, DepartmentForm form, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("department", form);
        model.addAttribute("allUnits", office.units());
        model.addAttribute("allDepartments", office.departments());
        return "admin/department";
    }

    // --- Staff ------------------------------------------------------------------------------------------------

    @GetMapping("/admin/staff")
    String staffList(Model model) {
        model.addAttribute("staff", staff.all());
        return "admin/staff-list";
    }

    @GetMapping("/admin/staff/new")
    String newStaff(@AuthenticationPrincipal Staff actor, Model model) {
        StaffForm form = new StaffForm();
        if (actor.role() == Role.UNIT_ADMIN) {
            form.setUnitCode(actor.unitCode());
        }
        return staffPage(null, form, model);
    }

    @PostMapping("/admin/staff/new")
    String createStaff(
            @ModelAttribute("member") StaffForm form, BindingResult result, Model model, RedirectAttributes r) {
        StaffRequest request = form.toRequest(true);
        if (!checked(request, result, () -> true, null) || !done(result, model, () -> staff.create(request))) {
            return staffPage(null, form, model);
        }
        r.addFlashAttribute("saved", request.username());
        return "redirect:/admin/staff/" + request.username();
    }

    @GetMapping("/admin/staff/{username}")
    String member(@PathVariable String username, Model model) {
        StaffView member = staff.get(username);
        return staffPage(member, StaffForm.of(member), model);
    }

    @PostMapping("/admin/staff/{username}")
    String updateStaff(
            @PathVariable String username,
            @ModelAttribute("member") StaffForm form,
            BindingResult result,
            Model model,
            RedirectAttributes r) {
        StaffView existing = staff.get(username);
        form.setUsername(username);
        StaffRequest request = form.toRequest(false);
        if (!checked(request, result, () -> true, null)
                || !done(result, model, () -> staff.update(username, request))) {
            return staffPage(existing, form, model);
        }
        r.addFlashAttribute("saved", username);
        return "redirect:/admin/staff/" + username;
    }

    @PostMapping("/admin/staff/{username}/password")
    String resetPassword(
            @PathVariable String username, @RequestParam(defaultValue = "") String password, RedirectAttributes r) {
        try {
            staff.resetPassword(username, new PasswordReset(password));
            r.addFlashAttribute("passwordReset", true);
        } catch (InvalidFieldException e) {
            r.addFlashAttribute("passwordError", e.fields().get("password"));
        }
        return "redirect:/admin/staff/" + username + "#password";
    }

    private String staffPage(StaffView existing, StaffForm form, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("member", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("allUnits", office.units());
        model.addAttribute(
                "allDepartments",
                office.departments().stream()
                        .filter(d -> d.mergedInto() == null)
                        .toList());
        return "admin/staff";
    }

    // --- Administration log -----------------------------------------------------------------------------------

    @GetMapping("/admin/log")
    String log(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String kind,
            Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("kind", kind);
        model.addAttribute(
                "entries",
                log.find(
                        from == null ? null : from.atStartOfDay(zone).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                        actor,
                        kind));
        return "admin/log";
    }

    // --- Forms ------------------------------------------------------------------------------------------------

    /** Bean validation of the request, with the fields named as the form names them. */
    private <T> boolean checked(T request, BindingResult result, Supplier<Boolean> extra, String extraField) {
        if (!extra.get()) {
            result.rejectValue(extraField, "invalid", "must be a number");
        }
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            String field = formField(violation.getPropertyPath().toString());
            if (!result.hasFieldErrors(field)) {
                String code = violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName();
                result.rejectValue(field, code, violation.getMessage());
            }
        }
        return !result.hasErrors();
    }

    /** Runs the change; a service's rule is marked beside its field, a clash (a code taken) beside the key. */
    private boolean done(BindingResult result, Model model, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidFieldException e) {
            e.fields().forEach((field, message) -> result.rejectValue(formField(field), "invalid", message));
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
        }
        return false;
    }

    private static String formField(String path) {
        int bracket = path.indexOf('[');
        String field = bracket < 0 ? path : path.substring(0, bracket);
        return FORM_FIELDS.getOrDefault(field, field);
    }
}
