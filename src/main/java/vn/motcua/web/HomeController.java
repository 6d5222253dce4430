package vn.motcua.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.security.Staff;

/** The login page, and the front door that sends each role to its own home. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal Staff staff) {
        return "redirect:"
                + switch (staff.role()) {
                    case CLERK -> "/desk";
                    case HANDLER, APPROVER -> "/tasks";
                    case SUPERVISOR -> "/supervisor/overdue";
                    case UNIT_ADMIN, ADMIN -> "/admin";
                };
    }
}
