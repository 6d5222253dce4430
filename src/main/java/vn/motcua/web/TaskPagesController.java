package vn.motcua.web;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.document.DossierForms;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.TaskCompletion;
import vn.motcua.forecast.LateForecast;
import vn.motcua.forecast.LatenessWarnings;
import vn.motcua.handling.TaskView;
import vn.motcua.handling.TaskWork;
import vn.motcua.handling.VerificationWait;
import vn.motcua.handling.WorkAhead;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * Task work for the desk and the departments: the caller's tasks, most urgent first, and one task with its
 * dossier and a form offering exactly the outcomes its model allows.
 */
@Controller
@RequestMapping("/tasks")
class TaskPagesController {

    /** A dossier due within this is marked near due on the list (one working day, roughly). */
    private static final Duration NEAR_DUE = Duration.ofHours(24);

    private final TaskWork work;
    private final DossierQueries dossiers;
    private final Validator validator;
    private final Clock clock;
    private final WorkAhead workAhead;
    private final DossierForms forms;
    private final LateForecast forecast;
    private final LatenessWarnings warnings;

    TaskPagesController(
            TaskWork work,
            DossierQueries dossiers,
            Validator validator,
            Clock clock,
            WorkAhead workAhead,
            DossierForms forms,
            LateForecast forecast,
            LatenessWarnings warnings) {
        this.workAhead = workAhead;
        this.forecast = forecast;
        this.warnings = warnings;
        this.work = work;
        this.dossiers = dossiers;
        this.forms = forms;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Staff staff, Model model) {
        List<TaskView> tasks = work.visibleTo(staff);
        if (staff.hasRole(Role.HANDLER) || staff.hasRole(Role.APPROVER)) {
            Map<String, LateForecast.Row> risks = forecast.byDossier();
            tasks = byRisk(tasks, risks, staff);
            model.addAttribute("risks", risks);
        }
        if (staff.hasRole(Role.APPROVER)) {
            model.addAttribute("warnings", warnings.of(staff));
        }
        model.addAttribute("tasks", tasks);
        model.addAttribute("nearDueBefore", OffsetDateTime.now(clock).plus(NEAR_DUE));
        model.addAttribute("work", workAhead.of(staff));
        return "tasks/list";
    }

    @PostMapping("/{id}/claim")
    String claim(@PathVariable String id, @AuthenticationPrincipal Staff staff, RedirectAttributes redirect) {
        try {
            work.claim(id, staff);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/{id}")
    String task(@PathVariable String id, @AuthenticationPrincipal Staff staff, Model model) {
        return taskPage(task(id, staff), new TaskForm(), staff, model);
    }

    /** The task waits for a verification (chờ xác minh): on the timeline and in the lateness forecast. */
    @PostMapping("/{id}/verification")
    String awaitVerification(
            @PathVariable String id,
            @ModelAttribute("verificationForm") VerificationForm form,
            BindingResult result,
            @AuthenticationPrincipal Staff staff,
            Model model,
            RedirectAttributes redirect) {
        TaskView task = task(id, staff);
        model.addAttribute("verificationOpen", true);
        VerificationWait wait;
        try {
            wait = form.toWait(clock.getZone());
        } catch (DateTimeParseException e) {
            result.rejectValue("expectedBy", "invalid", "is not a date and time");
            return taskPage(task, new TaskForm(), staff, model);
        }
        if (!FormErrors.validate(validator, wait, result)) {
            return taskPage(task, new TaskForm(), staff, model);
        }
        try {
            work.awaitVerification(id, wait, staff);
        } catch (InvalidFieldException e) {
            FormErrors.reject(e, result);
            return taskPage(task, new TaskForm(), staff, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return taskPage(task, new TaskForm(), staff, model);
        }
        redirect.addFlashAttribute("verificationRecorded", true);
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/complete")
    String complete(
            @PathVariable String id,
            @ModelAttribute("taskForm") TaskForm form,
            BindingResult result,
            @AuthenticationPrincipal Staff staff,
            Model model,
            RedirectAttributes redirect) {
        TaskView task = task(id, staff);
        TaskCompletion completion;
        try {
            completion = form.toCompletion(clock.getZone());
        } catch (DateTimeParseException e) {
            result.rejectValue("newDueAt", "invalid", "is not a date and time");
            return taskPage(task, form, staff, model);
        }
        if (!FormErrors.validate(validator, completion, result)) {
            return taskPage(task, form, staff, model);
        }
        try {
            work.complete(id, completion, staff);
        } catch (InvalidFieldException e) {
            FormErrors.reject(e, result);
            return taskPage(task, form, staff, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
            return taskPage(task, form, staff, model);
        }
        redirect.addFlashAttribute("completed", task.name());
        return staff.hasRole(Role.CLERK) ? "redirect:/dossiers/" + task.dossierCode() : "redirect:/tasks";
    }

    /**
     * The riskiest first: the least working time left between the predicted finish and the due instant. Tasks
     * without a forecast (their dossier at the desk) keep their order, after.
     */
    private List<TaskView> byRisk(List<TaskView> tasks, Map<String, LateForecast.Row> risks, Staff staff) {
        Map<String, Duration> slack = new HashMap<>();
        for (TaskView task : tasks) {
            LateForecast.Row row = task.dossierCode() == null ? null : risks.get(task.dossierCode());
            if (row != null) {
                slack.put(task.id(), forecast.slack(row, row.unit()));
            }
        }
        return tasks.stream()
                .sorted(Comparator.comparing(
                        (TaskView t) -> slack.get(t.id()), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private TaskView task(String id, Staff staff) {
        return work.visibleTo(staff).stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No open task " + id + " for you"));
    }

    private String taskPage(TaskView task, TaskForm form, Staff staff, Model model) {
        if (form.getOutcome() == null && task.outcomes().size() == 1) {
            form.setOutcome(task.outcomes().get(0));
        }
        model.addAttribute("task", task);
        model.addAttribute("taskForm", form);
        Map<String, String> fieldOutcomes = new LinkedHashMap<>();
        for (String outcome : task.outcomes()) {
            TaskForm.fieldsOf(outcome).forEach(field -> fieldOutcomes.merge(field, outcome, (a, b) -> a + " " + b));
        }
        model.addAttribute("fieldOutcomes", fieldOutcomes);
        DossierView dossier = dossiers.view(task.dossierCode(), staff);
        model.addAttribute("dossier", dossier);
        model.addAttribute("forms", forms.of(dossier));
        model.addAttribute("mine", staff.username().equals(task.assignee()));
        model.addAttribute(
                "mayAwaitVerification", staff.hasRole(Role.HANDLER) && dossier.status() == DossierStatus.PROCESSING);
        if (!model.containsAttribute("verificationForm")) {
            model.addAttribute("verificationForm", new VerificationForm());
        }
        return "tasks/task";
    }
}
