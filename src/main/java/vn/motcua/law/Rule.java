package vn.motcua.law;

/** The steps of the one-stop mechanism that a rule of law governs, each cited on the timeline and on its form. */
public enum Rule {
    /** Receipt of a complete dossier, with the appointment. */
    RECEIPT,
    /** An incomplete dossier at the desk: one request naming everything missing. */
    SUPPLEMENT_AT_DESK,
    /** A dossier outside the desk's competence or not eligible: refused with its reason. */
    REFUSAL,
    /** The hand-over to the competent agency, and between agencies. */
    TRANSFER,
    /** The handling agency asks for a supplement; the limit counts afresh when it arrives. */
    SUPPLEMENT_IN_HANDLING,
    /** The agency that will be late apologises and gives a new date, once. */
    APOLOGY,
    /** Handling stops at the applicant's request while no decision exists. */
    STOP,
    /** Not eligible, found during handling: returned with written reasons. */
    REJECTION,
    /** The result handed back to the applicant. */
    RETURN
}
