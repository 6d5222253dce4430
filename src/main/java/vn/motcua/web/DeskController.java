package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.PayloadTooLargeException;
import vn.motcua.common.UnsupportedFileTypeException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.IdempotentIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.SupplementInput;
import vn.motcua.file.DossierFiles;
import vn.motcua.handling.TaskView;
import vn.motcua.handling.TaskWork;
import vn.motcua.handling.WorkAhead;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.office.UnitKind;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Staff;

/**
 * The one-stop desk (CLERK): the day's queue, intake with the completeness check, and supplements. Every action
 * is one call of the service the API calls.
 */
@Controller
@RequestMapping("/desk")
class DeskController {

    static final String CHECK_TASK = "Task_CheckCompleteness";
    static final String RETURN_TASK = "Task_ReturnResult";
    private static final int QUEUE_PAGE = 10;

    private final DossierService dossiers;
    private final DossierQueries queries;
    private final TaskWork tasks;
    private final ProcedureCatalog procedures;
    private final Validator validator;
    private final OfficeDirectory office;
    private final IdempotentIntake idempotent;
    private final DossierFiles files;
    private final WorkAhead workAhead;
    private final Clock clock;

    DeskController(
            DossierService dossiers,
            DossierQueries queries,
            TaskWork tasks,
            ProcedureCatalog procedures,
            OfficeDirectory office,
            Validator validator,
            IdempotentIntake idempotent,
            DossierFiles files,
            WorkAhead workAhead,
            Clock clock) {
        this.idempotent = idempotent;
        this.files = files;
        this.workAhead = workAhead;
        this.clock = clock;
        this.office = office;
        this.dossiers = dossiers;
        this.queries = queries;
        this.tasks = tasks;
        this.procedures = procedures;
        this.validator = validator;
    }

    /**
     * The desk's four lists, each a page at a time (a busy day's queue would otherwise be metres long), with who
     * applied and when: the completeness checks oldest first, the results to hand back, the dossiers waiting for a
     * supplement before and during handling; and the near-due work.
     */
    @GetMapping
    String queue(
            @RequestParam(defaultValue = "0") int checksPage,
            @RequestParam(defaultValue = "0") int returnsPage,
            @RequestParam(defaultValue = "0") int awaitingSupplementPage,
            @RequestParam(defaultValue = "0") int suspendedPage,
            @AuthenticationPrincipal Staff clerk,
            Model model) {
        List<TaskView> deskTasks = tasks.visibleTo(clerk);
        model.addAttribute(
                "checks",
                rows(deskTasks.stream().filter(t -> CHECK_TASK.equals(t.key())).toList(), checksPage));
        model.addAttribute(
                "returns",
                rows(deskTasks.stream().filter(t -> RETURN_TASK.equals(t.key())).toList(), returnsPage));
        model.addAttribute(
                "awaitingSupplement", waiting(DossierStatus.AWAITING_SUPPLEMENT, awaitingSupplementPage, clerk));
        model.addAttribute("suspended", waiting(DossierStatus.SUSPENDED, suspendedPage, clerk));
        model.addAttribute("work", workAhead.of(clerk));
        return "desk/queue";
    }

    /** A task of the desk with the dossier's applicant and submission, as its queue shows it. */
    record QueueRow(TaskView task, String applicantName, OffsetDateTime submittedAt) {}

    /** One page of a task list, by position. */
    record QueuePage(List<QueueRow> items, int page, int pages, long total) {}

    private QueuePage rows(List<TaskView> all, int page) {
        int pages = Math.max(1, (all.size() + QUEUE_PAGE - 1) / QUEUE_PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<QueueRow> items = all.subList(shown * QUEUE_PAGE, Math.min(all.size(), (shown + 1) * QUEUE_PAGE)).stream()
                .map(t -> {
                    Dossier d = queries.find(t.dossierCode());
                    return new QueueRow(
                            t,
                            d.applicantFullName(),
                            d.submittedAt().atZone(clock.getZone()).toOffsetDateTime());
                })
                .toList();
        return new QueuePage(items, shown, pages, all.size());
    }

    private DossierPage waiting(DossierStatus status, int page, Staff clerk) {
        DossierFilter filter = new DossierFilter(status, null, null, null, null, clerk.unitCode(), null);
        return queries.search(filter, page, QUEUE_PAGE, clerk);
    }

    @GetMapping("/intake")
    String intakeForm(@RequestParam(required = false) String procedureCode, Model model) {
        IntakeForm form = new IntakeForm();
        form.setProcedureCode(procedureCode);
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return intakePage(form, model);
    }

    /** The procedure search of the intake page (htmx): by code or by name, with or without diacritics. */
    @GetMapping("/intake/procedures")
    String searchProcedures(@RequestParam(defaultValue = "") String q, Model model) {
        String wanted = folded(q);
        model.addAttribute(
                "procedures",
                procedures.all().stream()
                        .filter(p -> folded(p.code()).contains(wanted)
                                || folded(p.name()).contains(wanted))
                        .toList());
        return "desk/intake :: procedureResults";
    }

    /** The chosen procedure's checklist of documents (htmx). */
    @GetMapping("/intake/checklist")
    String checklist(@RequestParam String procedureCode, Model model) {
        IntakeForm form = new IntakeForm();
        form.setProcedureCode(procedureCode);
        model.addAttribute("intake", form);
        model.addAttribute("procedure", procedures.find(procedureCode).orElse(null));
        return "desk/intake :: checklist";
    }

    @PostMapping("/intake")
    String intake(
            @ModelAttribute("intake") IntakeForm form,
            BindingResult result,
            @AuthenticationPrincipal Staff clerk,
            HttpServletRequest http,
            Model model) {
        Map<String, List<MultipartFile>> scans = componentFiles(http);
        // A document scanned at the desk was brought, ticked or not.
        scans.keySet().stream()
                .filter(name -> form.getDocuments().stream().noneMatch(name::equals))
                .forEach(form.getDocuments()::add);
        IntakeRequest request = form.toRequest();
        if (result.hasErrors() || !FormErrors.validate(validator, request, result)) {
            return intakePage(form, model);
        }
        String code;
        try {
            String key = form.getIdempotencyKey();
            code = key == null || key.isBlank() || key.length() > 200
                    ? files.intake(request, scans, clerk).code()
                    : idempotent
                            .atDesk(key.strip(), clerk, () -> files.intake(request, scans, clerk))
                            .dossierCode();
        } catch (InvalidFieldException e) {
            FormErrors.reject(e, result);
            return intakePage(form, model);
        } catch (UnsupportedFileTypeException | PayloadTooLargeException e) {
            model.addAttribute(
                    "filesError", e instanceof UnsupportedFileTypeException ? "files.error.type" : "files.error.size");
            return intakePage(form, model);
        }
        return "redirect:/dossiers/" + code + "?created";
    }

    /** The checklist's files, parts named {@code files[<document>]}, of the documents ticked as brought. */
    private static Map<String, List<MultipartFile>> componentFiles(HttpServletRequest http) {
        Map<String, List<MultipartFile>> byComponent = new LinkedHashMap<>();
        MultipartHttpServletRequest multipart =
                org.springframework.web.util.WebUtils.getNativeRequest(http, MultipartHttpServletRequest.class);
        if (multipart != null) {
            multipart.getMultiFileMap().forEach((name, parts) -> {
                List<MultipartFile> chosen =
                        parts.stream().filter(p -> !p.isEmpty()).toList();
                if (name.startsWith("files[") && name.endsWith("]") && !chosen.isEmpty()) {
                    byComponent.put(name.substring("files[".length(), name.length() - 1), chosen);
                }
            });
        }
        return byComponent;
    }

    private String intakePage(IntakeForm form, Model model) {
        model.addAttribute("intake", form);
        model.addAttribute("procedures", procedures.all());
        model.addAttribute("procedure", procedures.find(form.getProcedureCode()).orElse(null));
        model.addAttribute("resolvingUnits", resolvingUnits());
        return "desk/intake";
    }

    /** The units a desk can hand a dossier to: the communes and the provincial agencies. */
    private List<Unit> resolvingUnits() {
        return office.units().stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE || (u.kind() == UnitKind.PROVINCE && u.parentCode() != null))
                .toList();
    }

    /**
     * The citizen brought what was asked for: the dossier resumes (DossierFiles#supplement), with the scans of the
     * documents asked for. A document scanned was brought, ticked or not, as at intake. Read from the request itself:
     * a body over the upload limit fails when it is parsed, and the page then says so.
     */
    @PostMapping("/dossiers/{code}/supplement")
    String supplement(
            @PathVariable String code,
            @AuthenticationPrincipal Staff clerk,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        Map<String, List<MultipartFile>> scans;
        String otherDocuments;
        List<String> names = new ArrayList<>();
        try {
            scans = componentFiles(http);
            otherDocuments = Objects.requireNonNullElse(http.getParameter("otherDocuments"), "");
            String[] ticked = http.getParameterValues("documents");
            if (ticked != null) {
                names.addAll(Arrays.asList(ticked));
            }
        } catch (MaxUploadSizeExceededException e) {
            redirect.addFlashAttribute("supplementFilesError", "files.error.size");
            return "redirect:/dossiers/" + code;
        }
        names.addAll(scans.keySet());
        names.addAll(Lines.of(otherDocuments));
        List<IntakeRequest.DocumentInput> inputs = names.stream()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .map(name -> new IntakeRequest.DocumentInput(name, false))
                .toList();
        SupplementInput input = new SupplementInput(inputs);
        if (!validator.validate(input).isEmpty()) {
            redirect.addFlashAttribute("supplementError", "supplement.documents.required");
            redirect.addFlashAttribute("supplementDocuments", otherDocuments);
            return "redirect:/dossiers/" + code;
        }
        try {
            files.supplement(code, input, scans, clerk);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
            return "redirect:/dossiers/" + code;
        } catch (UnsupportedFileTypeException | PayloadTooLargeException e) {
            redirect.addFlashAttribute(
                    "supplementFilesError",
                    e instanceof UnsupportedFileTypeException ? "files.error.type" : "files.error.size");
            redirect.addFlashAttribute("supplementDocuments", otherDocuments);
            return "redirect:/dossiers/" + code;
        }
        return "redirect:/dossiers/" + code + "?supplemented";
    }

    private static String folded(String text) {
        String decomposed =
                Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
