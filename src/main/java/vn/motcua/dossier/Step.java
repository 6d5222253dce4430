package vn.motcua.dossier;

/** The steps written on a dossier's timeline. */
public enum Step {
    SUBMITTED,
    SUPPLEMENT_REQUESTED,
    SUPPLEMENT_RECEIVED,
    REFUSED,
    RECEIVED,
    ASSIGNED,
    CLAIMED,
    UNCLAIMED,
    TASK_COMPLETED,
    SUSPENDED,
    RESUMED,
    RESULT_READY,
    REJECTED,
    RETURNED,
    WITHDRAWN,
    APOLOGY_DUE,
    APOLOGY_ISSUED,
    OVERDUE,
    HANDED_OVER
}
