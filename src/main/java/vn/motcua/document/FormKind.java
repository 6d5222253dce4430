package vn.motcua.document;

import java.util.Arrays;
import java.util.Optional;
import vn.motcua.law.Form;

/**
 * The printed forms a dossier can be printed on, by the slug of their address. Which exist for a dossier, and their
 * numbers and titles, are its rule set's ({@link vn.motcua.law.RuleSet}): Circular 01/2018/TT-VPCP before 1 July 2025,
 * Circular 03/2025/TT-VPCP from that day (the stop notice only there).
 */
enum FormKind {
    RECEIPT("receipt", Form.RECEIPT, "TNHS"),
    SUPPLEMENT_REQUEST("supplement-request", Form.SUPPLEMENT_REQUEST, "HDHS"),
    REFUSAL("refusal", Form.REFUSAL, "TCHS"),
    APOLOGY("apology", Form.APOLOGY, "PXL"),
    STOP_NOTICE("stop-notice", Form.STOP_NOTICE, "DGQ"),
    CONTROL_SHEET("control-sheet", Form.CONTROL_SHEET, null);

    private final String slug;
    private final Form form;
    private final String numberSuffix;

    FormKind(String slug, Form form, String numberSuffix) {
        this.slug = slug;
        this.form = form;
        this.numberSuffix = numberSuffix;
    }

    static Optional<FormKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    String slug() {
        return slug;
    }

    Form form() {
        return form;
    }

    /** The letters after the number of the form, "Số: …/TNHS"; the control sheet has none. */
    String numberSuffix() {
        return numberSuffix;
    }
}
