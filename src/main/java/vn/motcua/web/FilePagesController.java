package vn.motcua.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.PayloadTooLargeException;
import vn.motcua.common.UnsupportedFileTypeException;
import vn.motcua.file.DossierFiles;
import vn.motcua.file.FileContent;
import vn.motcua.file.ReusableFile;
import vn.motcua.security.Staff;

/**
 * The pages' file uploads (a component's scans at the check or a supplement, the result) and downloads the citizen
 * makes from the lookup page. Each calls {@link DossierFiles} as the API does and goes back to the page it came from.
 */
@Controller
class FilePagesController {

    private final DossierFiles files;

    FilePagesController(DossierFiles files) {
        this.files = files;
    }

    @PostMapping("/dossiers/{code}/files")
    String upload(
            @PathVariable String code,
            @RequestParam(name = "file", required = false) List<MultipartFile> uploads,
            @RequestParam(defaultValue = "") String component,
            @RequestParam(defaultValue = "") String back,
            @AuthenticationPrincipal Staff staff,
            RedirectAttributes redirect) {
        try {
            files.upload(code, component, uploads == null ? List.of() : uploads, staff);
            redirect.addFlashAttribute("filesUploaded", component);
        } catch (RuntimeException e) {
            refused(e, redirect);
        }
        return "redirect:" + backTo(back, code);
    }

    @PostMapping("/dossiers/{code}/result-files")
    String uploadResult(
            @PathVariable String code,
            @RequestParam(name = "file", required = false) List<MultipartFile> uploads,
            @RequestParam(defaultValue = "") String back,
            @AuthenticationPrincipal Staff staff,
            RedirectAttributes redirect) {
        try {
            files.uploadResult(code, uploads == null ? List.of() : uploads, staff);
            redirect.addFlashAttribute("filesUploaded", DossierFiles.RESULT_COMPONENT);
        } catch (RuntimeException e) {
            refused(e, redirect);
        }
        return "redirect:" + backTo(back, code);
    }

    /** The applicant's earlier digitised components, to tick at intake (htmx, on the ID number). */
    @GetMapping("/desk/intake/reusable")
    String reusable(@RequestParam(name = "applicant.idNumber", defaultValue = "") String idNumber, Model model) {
        List<ReusableFile> reusable =
                idNumber.strip().matches("\\d{9}|\\d{12}") ? files.reusable(idNumber.strip()) : List.of();
        model.addAttribute("reusable", reusable);
        return "desk/intake :: reusable";
    }

    /** The citizen's electronic result, with the lookup's code and phone digits (POST: no digits in a URL). */
    @PostMapping("/tra-cuu/ket-qua")
    ResponseEntity<byte[]> publicResult(@RequestParam String code, @RequestParam String phone) {
        FileContent content;
        try {
            content = files.publicResult(code.strip(), phone.strip());
        } catch (NotFoundException e) {
            return ResponseEntity.status(404)
                    .contentType(org.springframework.http.MediaType.TEXT_PLAIN)
                    .body("Không tìm thấy kết quả điện tử của hồ sơ này."
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        content.file().contentType()))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(content.file().fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content.bytes());
    }

    /**
     * An upload over Spring's multipart limit, refused before the handler runs: back to the dossier's page with the
     * same message as a file refused by the service.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("filesError", "files.error.size");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String code = path.replaceFirst("^/dossiers/([^/]+)/.*$", "$1");
        return "redirect:" + backTo("", code);
    }

    /** Only a page of this application: a dossier's own page, or a task page. */
    private static String backTo(String back, String code) {
        return back.matches("/tasks/[A-Za-z0-9-]+|/dossiers/[A-Za-z0-9.\\-]+") ? back : "/dossiers/" + code;
    }

    private static void refused(RuntimeException e, RedirectAttributes redirect) {
        String key;
        if (e instanceof UnsupportedFileTypeException) {
            key = "files.error.type";
        } else if (e instanceof PayloadTooLargeException || e instanceof MaxUploadSizeExceededException) {
            key = "files.error.size";
        } else if (e instanceof InvalidFieldException) {
            key = "files.error.missing";
        } else if (e instanceof ConflictException) {
            key = "files.error.closed";
        } else {
            throw e;
        }
        redirect.addFlashAttribute("filesError", key);
    }
}
