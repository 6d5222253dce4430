package vn.motcua.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.file.DossierFiles;
import vn.motcua.file.FileKind;
import vn.motcua.file.StoredFile;
import vn.motcua.security.Staff;

/**
 * The files of a dossier as its pages show them (templates/fragments/files.html, as {@code @filePages}): one group per
 * document with its files, the results, and whether the signed-in user may add to them.
 */
@Component("filePages")
public class FilePages {

    private final DossierFiles files;
    private final DossierQueries dossiers;

    FilePages(DossierFiles files, DossierQueries dossiers) {
        this.files = files;
        this.dossiers = dossiers;
    }

    /** A document (component) and its files. */
    public record Group(String name, List<StoredFile> files) {}

    /** What the fragment shows of one dossier. */
    public record View(List<Group> components, List<StoredFile> results, boolean mayUpload, boolean mayFileResult) {}

    public View of(DossierView view) {
        Staff staff = staff();
        Dossier dossier = dossiers.readable(view.code(), staff);
        Map<String, List<StoredFile>> byComponent = new LinkedHashMap<>();
        dossiers.documentNames(dossier.id()).forEach(name -> byComponent.putIfAbsent(name, new ArrayList<>()));
        List<StoredFile> results = new ArrayList<>();
        for (StoredFile file : files.list(view.code(), staff)) {
            if (file.kind() == FileKind.RESULT) {
                results.add(file);
            } else {
                byComponent
                        .computeIfAbsent(file.component(), name -> new ArrayList<>())
                        .add(file);
            }
        }
        List<Group> groups = new ArrayList<>();
        byComponent.forEach((name, list) -> groups.add(new Group(name, list)));
        return new View(groups, results, files.mayUpload(dossier, staff), files.mayFileResult(dossier, staff));
    }

    /** Whether the lookup page offers the electronic result of the dossier it found. */
    public boolean hasPublicResult(String code, String phoneDigits) {
        return code != null && phoneDigits != null && files.hasPublicResult(code.strip(), phoneDigits.strip());
    }

    /** The size as people read it: 320 KB, 1,5 MB. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return PageNumbers.decimal(
                        bytes / (1024.0 * 1024.0), 1, org.springframework.context.i18n.LocaleContextHolder.getLocale())
                + " MB";
    }

    private static Staff staff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Staff staff)) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in first");
        }
        return staff;
    }
}
