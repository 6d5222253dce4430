package vn.motcua.law;

/** The printed forms and books of the one-stop desk; which exist, and their numbers and titles, depend on the law. */
public enum Form {
    RECEIPT,
    SUPPLEMENT_REQUEST,
    REFUSAL,
    APOLOGY,
    STOP_NOTICE,
    CONTROL_SHEET,
    TRACKING_BOOK
}
