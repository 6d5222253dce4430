package vn.motcua.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.document.DossierForms;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.handling.TaskWork;
import vn.motcua.security.Staff;

/**
 * A dossier as staff see it: applicant, documents, timeline, control sheet, the printed forms it has so far, and the
 * caller's open task on it.
 */
@Controller
class DossierPagesController {

    private final DossierQueries dossiers;
    private final TaskWork tasks;
    private final DossierForms forms;

    DossierPagesController(DossierQueries dossiers, TaskWork tasks, DossierForms forms) {
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.forms = forms;
    }

    @GetMapping("/dossiers/{code}")
    String dossier(@PathVariable String code, @AuthenticationPrincipal Staff staff, Model model) {
        DossierView dossier = dossiers.view(code, staff);
        model.addAttribute("dossier", dossier);
        model.addAttribute("forms", forms.of(dossier));
        // The supplement's checklist on the desk's form: what the open request asked for.
        model.addAttribute(
                "awaitedDocuments",
                dossiers.awaitedDocuments(dossiers.find(code).id()));
        model.addAttribute("openTasks", tasks.visibleTo(staff, code));
        return "dossiers/dossier";
    }
}
