package vn.motcua.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * Every dossier the signed-in person may see, searched and filtered as {@code GET /api/dossiers} does, a page at a
 * time; the header's search box lands here, and opens the dossier at once when what was typed is its code.
 */
@Controller
class DossierListController {

    static final int PAGE_SIZE = 20;

    private final DossierQueries dossiers;
    private final ProcedureCatalog procedures;
    private final OfficeDirectory office;

    DossierListController(DossierQueries dossiers, ProcedureCatalog procedures, OfficeDirectory office) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.office = office;
    }

    @GetMapping("/dossiers")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DossierStatus status,
            @RequestParam(required = false) String procedureCode,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal Staff staff,
            Model model) {
        String text = q == null || q.isBlank() ? null : q.strip();
        DossierFilter filter = new DossierFilter(
                text,
                status,
                overdue,
                null,
                department,
                procedureCode,
                channel,
                receivedFrom,
                receivedTo,
                dueFrom,
                dueTo,
                null,
                null);
        boolean onlyText = text != null
                && status == null
                && blank(procedureCode)
                && blank(department)
                && channel == null
                && receivedFrom == null
                && receivedTo == null
                && dueFrom == null
                && dueTo == null
                && overdue == null;
        if (onlyText) {
            Optional<String> code = dossiers.exactCode(text, staff);
            if (code.isPresent()) {
                return "redirect:/dossiers/" + code.get();
            }
        }
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("procedures", procedures.all());
        model.addAttribute("departments", departments(staff));
        try {
            DossierFilter.checkRanges(filter);
            DossierPage result = dossiers.search(filter, page, PAGE_SIZE, staff);
            model.addAttribute("result", result);
            model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        } catch (InvalidFieldException e) {
            model.addAttribute("rangeError", e.fields().keySet().iterator().next());
        }
        return "dossiers/list";
    }

    /**
     * The departments a person may filter by, named with their unit: his own in a department; those of his unit and
     * the units under it otherwise.
     */
    private List<Option> departments(Staff staff) {
        boolean inDepartment = staff.hasRole(Role.HANDLER) || staff.hasRole(Role.APPROVER);
        boolean everyUnit = staff.hasRole(Role.ADMIN) || office.isRoot(staff.unitCode());
        Set<String> units = everyUnit ? Set.of() : office.unitAndItsUnits(staff.unitCode());
        return office.departments().stream()
                .filter(d -> inDepartment
                        ? staff.departments().contains(d.code())
                        : everyUnit || units.contains(d.unitCode()))
                .map(d -> new Option(
                        d.code(),
                        d.name() + " — "
                                + office.findUnit(d.unitCode()).map(Unit::name).orElse(d.unitCode())))
                .toList();
    }

    /** A choice of a select: its value and what it reads. */
    record Option(String value, String label) {}

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
