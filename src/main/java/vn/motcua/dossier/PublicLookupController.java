package vn.motcua.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's lookup by dossier code and the last digits of the phone number; no login. */
@RestController
@RequestMapping("/api/public/dossiers")
@Tag(name = "Public lookup")
class PublicLookupController {

    private final DossierQueries queries;

    PublicLookupController(DossierQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Look up a dossier's status by its code and phone digits", operationId = "lookupDossier")
    @GetMapping("/{code}")
    PublicDossierView lookup(@PathVariable String code, @RequestParam String phone) {
        return queries.lookup(code, phone);
    }
}
