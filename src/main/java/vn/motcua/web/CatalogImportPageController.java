package vn.motcua.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.procedure.catalog.CatalogFile;
import vn.motcua.procedure.catalog.CatalogImport;

/**
 * The administrator's page for the national catalog import: the same service as {@code POST
 * /api/admin/procedures/import}. A preview writes nothing; the file is chosen again to import it, so that what is
 * written is what the administrator has just looked at.
 */
@Controller
class CatalogImportPageController {

    private static final String PAGE = "admin/catalog-import";

    private final CatalogImport importer;

    CatalogImportPageController(CatalogImport importer) {
        this.importer = importer;
    }

    @GetMapping("/admin/catalog-import")
    String form() {
        return PAGE;
    }

    @PostMapping("/admin/catalog-import")
    String run(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "apply", defaultValue = "false") boolean apply,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "catalog.import.noFile");
            return PAGE;
        }
        if (file.getSize() > CatalogFile.MAX_BYTES) {
            model.addAttribute("fileError", "catalog.import.tooLarge");
            return PAGE;
        }
        try {
            model.addAttribute("result", importer.run(file.getOriginalFilename(), file.getBytes(), !apply));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (CatalogFile.Unreadable | CatalogFile.TooLarge e) {
            model.addAttribute("fileError", "catalog.import.unreadable");
            model.addAttribute("fileErrorDetail", e.getMessage());
        }
        return PAGE;
    }
}
