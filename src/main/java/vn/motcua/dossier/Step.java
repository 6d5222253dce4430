package vn.motcua.dossier;

import vn.motcua.law.Rule;

/** The steps written on a dossier's timeline, and the rule of law each follows where one does. */
public enum Step {
    SUBMITTED(null),
    SUPPLEMENT_REQUESTED(Rule.SUPPLEMENT_AT_DESK),
    SUPPLEMENT_RECEIVED(null),
    REFUSED(Rule.REFUSAL),
    RECEIVED(Rule.RECEIPT),
    ASSIGNED(null),
    CLAIMED(null),
    UNCLAIMED(null),
    TASK_COMPLETED(null),
    SUSPENDED(Rule.SUPPLEMENT_IN_HANDLING),
    RESUMED(Rule.SUPPLEMENT_IN_HANDLING),
    RESULT_READY(null),
    REJECTED(Rule.REJECTION),
    RETURNED(Rule.RETURN),
    WITHDRAWN(Rule.STOP),
    APOLOGY_DUE(null),
    APOLOGY_ISSUED(Rule.APOLOGY),
    OVERDUE(null),
    HANDED_OVER(Rule.TRANSFER),
    VERIFICATION_AWAITED(null);

    private final Rule rule;

    Step(Rule rule) {
        this.rule = rule;
    }

    /** The rule of law the step follows, cited on its timeline line; {@code null} for a step of our own. */
    public Rule rule() {
        return rule;
    }
}
