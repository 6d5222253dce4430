package vn.motcua.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.deadline.OverdueBoard;
import vn.motcua.forecast.LateForecast;
import vn.motcua.forecast.StaffMove;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.security.Staff;

/**
 * The supervisor's overdue board; the page refreshes its table by itself (htmx, every 30 s). It shows the signed-in
 * person's own unit, as the dashboard does by default, and says which unit that is. Beside it the dossiers predicted
 * late, and a what-if that moves people between departments in the forecast only.
 */
@Controller
class SupervisorController {

    private final OverdueBoard board;
    private final LateForecast forecast;
    private final OfficeDirectory office;

    SupervisorController(OverdueBoard board, LateForecast forecast, OfficeDirectory office) {
        this.board = board;
        this.forecast = forecast;
        this.office = office;
    }

    @GetMapping("/supervisor/overdue")
    String page(@AuthenticationPrincipal Staff staff, Model model) {
        pageModel(staff, model);
        return "supervisor/overdue";
    }

    @GetMapping("/supervisor/overdue/board")
    String table(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("board", board.forUnit(staff.unitCode()));
        model.addAttribute("forecast", forecast.forUnit(staff.unitCode()));
        return "supervisor/overdue :: board";
    }

    /** The what-if's answer: the fragment for htmx, the whole page for a browser without it. */
    @GetMapping("/supervisor/overdue/what-if")
    String whatIf(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String people,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal Staff staff,
            Model model) {
        model.addAttribute("whatIfFrom", from);
        model.addAttribute("whatIfTo", to);
        model.addAttribute("whatIfPeople", people);
        try {
            StaffMove move = forecast.move(staff.unitCode(), from, to, parsePeople(people));
            model.addAttribute("asIs", forecast.forUnit(staff.unitCode()));
            model.addAttribute("whatIf", forecast.forUnit(staff.unitCode(), move));
        } catch (InvalidFieldException e) {
            model.addAttribute("whatIfError", e.fields().keySet().iterator().next());
        }
        if (htmx != null) {
            model.addAttribute("departmentNames", departmentNames(staff));
            return "supervisor/overdue :: whatIfResult";
        }
        pageModel(staff, model);
        return "supervisor/overdue";
    }

    private void pageModel(Staff staff, Model model) {
        model.addAttribute("board", board.forUnit(staff.unitCode()));
        model.addAttribute("forecast", forecast.forUnit(staff.unitCode()));
        model.addAttribute("unitName", office.unit(staff.unitCode()).name());
        model.addAttribute("departments", forecast.departmentsOf(staff.unitCode()));
        model.addAttribute("departmentNames", departmentNames(staff));
    }

    private Map<String, String> departmentNames(Staff staff) {
        Map<String, String> names = new HashMap<>();
        forecast.departmentsOf(staff.unitCode()).forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    private static int parsePeople(String people) {
        try {
            return people == null || people.isBlank() ? 1 : Integer.parseInt(people.trim());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("people", "must be a whole number");
        }
    }
}
