package vn.motcua.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.deadline.OverdueBoard;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.security.Staff;

/**
 * The supervisor's overdue board; the page refreshes its table by itself (htmx, every 30 s). It shows the signed-in
 * person's own unit, as the dashboard does by default, and says which unit that is.
 */
@Controller
class SupervisorController {

    private final OverdueBoard board;
    private final OfficeDirectory office;

    SupervisorController(OverdueBoard board, OfficeDirectory office) {
        this.board = board;
        this.office = office;
    }

    @GetMapping("/supervisor/overdue")
    String page(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("board", board.forUnit(staff.unitCode()));
        model.addAttribute("unitName", office.unit(staff.unitCode()).name());
        return "supervisor/overdue";
    }

    @GetMapping("/supervisor/overdue/board")
    String table(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("board", board.forUnit(staff.unitCode()));
        return "supervisor/overdue :: board";
    }
}
