package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.PayloadTooLargeException;
import vn.motcua.common.UnsupportedFileTypeException;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.IdempotentIntake;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.SupplementInput;
import vn.motcua.file.DossierFiles;
import vn.motcua.handling.TaskView;
import vn.motcua.handling.TaskWork;
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
    private static final int QUEUE_SIZE = 100;

    private final DossierService dossiers;
    private final DossierQueries queries;
    private final TaskWork tasks;
    private final ProcedureCatalog procedures;
    private final Validator validator;
    private final OfficeDirectory office;
    private final IdempotentIntake idempotent;
    private final DossierFiles files;

    DeskController(
            DossierService dossiers,
            DossierQueries queries,
            TaskWork tasks,
            ProcedureCatalog procedures,
            OfficeDirectory office,
            Validator validator,
            IdempotentIntake idempotent,
            DossierFiles files) {
        this.idempotent = idempotent;
        this.files = files;
        this.office = office;
        this.dossiers = dossiers;
        this.queries = queries;
        this.tasks = tasks;
        this.procedures = procedures;
        this.validator = validator;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal Staff clerk, Model model) {
        List<TaskView> deskTasks = tasks.visibleTo(clerk);
        model.addAttribute(
                "checks",
                deskTasks.stream().filter(t -> CHECK_TASK.equals(t.key())).toList());
        model.addAttribute(
                "returns",
                deskTasks.stream().filter(t -> RETURN_TASK.equals(t.key())).toList());
        model.addAttribute("awaitingSupplement", waiting(DossierStatus.AWAITING_SUPPLEMENT, clerk));
        model.addAttribute("suspended", waiting(DossierStatus.SUSPENDED, clerk));
        return "desk/queue";
    }

    private List<DossierSummary> waiting(DossierStatus status, Staff clerk) {
        DossierFilter filter = new DossierFilter(status, null, null, null, null, clerk.unitCode(), null);
        return queries.search(filter, 0, QUEUE_SIZE, clerk).items();
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

    /** The citizen brought what was asked for: the dossier resumes (DossierService#supplement). */
    @PostMapping("/dossiers/{code}/supplement")
    String supplement(
            @PathVariable String code, @RequestParam(defaultValue = "") String documents, RedirectAttributes redirect) {
        List<IntakeRequest.DocumentInput> inputs = Lines.of(documents).stream()
                .map(name -> new IntakeRequest.DocumentInput(name, false))
                .toList();
        SupplementInput input = new SupplementInput(inputs);
        if (!validator.validate(input).isEmpty()) {
            redirect.addFlashAttribute("supplementError", "supplement.documents.required");
            redirect.addFlashAttribute("supplementDocuments", documents);
            return "redirect:/dossiers/" + code;
        }
        try {
            dossiers.supplement(code, input);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("conflict", e.getMessage());
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
