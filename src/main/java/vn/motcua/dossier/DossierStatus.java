package vn.motcua.dossier;

import java.util.EnumSet;
import java.util.Set;

/** The statuses of docs/api.md. */
public enum DossierStatus {
    /** Submitted, waiting for the desk's completeness check; no clock runs. */
    SUBMITTED,
    /** The desk asked for a supplement before receipt (Mẫu 02); no clock runs. */
    AWAITING_SUPPLEMENT,
    /** Not within scope or not eligible: refused at the desk (Mẫu 03). End. */
    REFUSED,
    /** Received with a receipt (Mẫu 01): the legal clock runs. */
    PROCESSING,
    /** A handler asked for a supplement; the time limit restarts when the full dossier is back. */
    SUSPENDED,
    /** The result is at the desk, waiting for the citizen. */
    RESULT_READY,
    /** The result was handed back. End. */
    RETURNED,
    /** Found not to meet the conditions during handling; returned with written reasons. End. */
    REJECTED,
    /** Withdrawn by the applicant. End. */
    WITHDRAWN;

    /** Received and not yet resolved: the dossier counts against its time limit. */
    public static final Set<DossierStatus> IN_HANDLING = EnumSet.of(PROCESSING, SUSPENDED);

    public boolean isFinal() {
        return this == REFUSED || this == RETURNED || this == REJECTED || this == WITHDRAWN;
    }
}
