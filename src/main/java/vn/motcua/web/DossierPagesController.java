package vn.motcua.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.handling.TaskWork;
import vn.motcua.security.Staff;

/** A dossier as staff see it: applicant, documents, timeline, control sheet, and the caller's open task on it. */
@Controller
class DossierPagesController {

    private final DossierQueries dossiers;
    private final TaskWork tasks;

    DossierPagesController(DossierQueries dossiers, TaskWork tasks) {
        this.dossiers = dossiers;
        this.tasks = tasks;
    }

    @GetMapping("/dossiers/{code}")
    String dossier(@PathVariable String code, @AuthenticationPrincipal Staff staff, Model model) {
        model.addAttribute("dossier", dossiers.view(code, staff));
        // The supplement's checklist on the desk's form: what the open request asked for.
        model.addAttribute(
                "awaitedDocuments",
                dossiers.awaitedDocuments(dossiers.find(code).id()));
        model.addAttribute("openTasks", tasks.visibleTo(staff, code));
        return "dossiers/dossier";
    }
}
