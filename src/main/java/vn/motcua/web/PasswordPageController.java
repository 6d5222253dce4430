package vn.motcua.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.security.ClientAddress;
import vn.motcua.security.PasswordChange;

/**
 * "Đổi mật khẩu": the page where a member of staff changes his own password, and where one who must change it is
 * held until he has (the same rule as {@code POST /api/me/password}).
 */
@Controller
class PasswordPageController {

    /** The form; its field names are those of the API's request. */
    static class PasswordChangeForm {
        private String current;
        private String next;
        private String repeat;

        public String getCurrent() {
            return current;
        }

        public void setCurrent(String current) {
            this.current = current;
        }

        public String getNext() {
            return next;
        }

        public void setNext(String next) {
            this.next = next;
        }

        public String getRepeat() {
            return repeat;
        }

        public void setRepeat(String repeat) {
            this.repeat = repeat;
        }
    }

    private final PasswordChange passwords;
    private final ClientAddress clients;

    PasswordPageController(PasswordChange passwords, ClientAddress clients) {
        this.passwords = passwords;
        this.clients = clients;
    }

    @GetMapping("/me/password")
    String page(Authentication caller, Model model) {
        model.addAttribute("passwordChange", new PasswordChangeForm());
        model.addAttribute("required", passwords.required(caller.getName()));
        return "me/password";
    }

    @PostMapping("/me/password")
    String change(
            @ModelAttribute("passwordChange") PasswordChangeForm form,
            org.springframework.validation.BindingResult result,
            Authentication caller,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (form.getNext() != null && !form.getNext().equals(form.getRepeat())) {
            result.rejectValue("repeat", "invalid", "does not repeat the new password");
        } else {
            try {
                passwords.change(caller.getName(), form.getCurrent(), form.getNext(), clients.of(request));
                redirect.addFlashAttribute("passwordChanged", true);
                return "redirect:/";
            } catch (InvalidFieldException e) {
                FormErrors.reject(e, result);
            }
        }
        form.setCurrent(null);
        model.addAttribute("required", passwords.required(caller.getName()));
        return "me/password";
    }
}
