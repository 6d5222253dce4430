package vn.motcua.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.handling.WorkAhead;
import vn.motcua.security.Staff;

/**
 * The small pieces of the header and of the home pages that htmx fetches again every minute: the count of new and
 * near-due tasks, and the near-due list. Fragments only; a role without tasks gets them empty.
 */
@Controller
class WorkController {

    private final WorkAhead work;

    WorkController(WorkAhead work) {
        this.work = work;
    }

    @GetMapping("/work/badge")
    String badge(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("work", work.of(staff));
        return "work/ahead :: badge";
    }

    @GetMapping("/work/near-due")
    String nearDue(@AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("work", work.of(staff));
        return "work/ahead :: nearDue";
    }
}
