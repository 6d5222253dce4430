package vn.motcua.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.overdue.OverdueBoard;
import vn.motcua.security.Staff;

/** The supervisor's overdue board; the page refreshes its table by itself (htmx, every 30 s). */
@Controller
class SupervisorController {

    private final OverdueBoard board;

    SupervisorController(OverdueBoard board) {
        this.board = board;
    }

    @GetMapping("/supervisor/overdue")
    String page(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("board", board.forUnit(staff.unitCode()));
        return "supervisor/overdue";
    }

    @GetMapping("/supervisor/overdue/board")
    String table(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("board", board.forUnit(staff.unitCode()));
        return "supervisor/overdue :: board";
    }
}
