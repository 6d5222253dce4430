package vn.motcua.web;

import jakarta.servlet.http.HttpSession;
import java.time.OffsetDateTime;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.motcua.security.ProvinceSignIn;
import vn.motcua.security.SignInHardening;

/**
 * What the login page shows beyond its form: the province's sign-in where one is configured, and until when a
 * locked account or address must wait.
 */
@ControllerAdvice(assignableTypes = HomeController.class)
class SignInPageAdvice {

    private final ProvinceSignIn province;

    SignInPageAdvice(ProvinceSignIn province) {
        this.province = province;
    }

    @ModelAttribute
    void signIn(Model model, HttpSession session) {
        province.signInUrl().ifPresent(url -> model.addAttribute("provinceSignInUrl", url));
        if (session.getAttribute(SignInHardening.LOCKED_UNTIL) instanceof OffsetDateTime until) {
            model.addAttribute("lockedUntil", until);
        }
    }
}
