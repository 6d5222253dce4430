package vn.motcua.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.common.NotFoundException;
import vn.motcua.dossier.DossierQueries;

/**
 * The citizen's lookup (tra cứu), no login: dossier code and the last four digits of the phone. An unknown code
 * and a wrong phone get the same answer, so the page tells nobody which codes exist. The phone digits travel in
 * a POST body, not in a URL that logs keep.
 */
@Controller
class CitizenLookupController {

    private final DossierQueries dossiers;

    CitizenLookupController(DossierQueries dossiers) {
        this.dossiers = dossiers;
    }

    /** The receipt's QR code links here with the dossier code, so the citizen types only the phone digits. */
    @GetMapping("/tra-cuu")
    String form(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code);
        return "lookup";
    }

    @PostMapping("/tra-cuu")
    String lookup(
            @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String phone, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("phone", phone);
        try {
            model.addAttribute("result", dossiers.lookup(code.strip(), phone.strip()));
        } catch (NotFoundException e) {
            model.addAttribute("notFound", true);
        }
        return "lookup";
    }
}
