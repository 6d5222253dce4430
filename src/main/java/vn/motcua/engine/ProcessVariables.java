package vn.motcua.engine;

/**
 * The names of the engine variables our models and delegates share. Variables hold small flags; the dossier itself
 * lives in our tables, and a process instance knows its dossier by its business key, the dossier's code (the
 * handling process receives it from the call activity). A completion's outcome, reasons and comments travel as transient variables:
 * the gateways and delegates that read them run in the completion's own transaction, they are recorded on the
 * timeline and the supplement request, and no later step can read a previous task's outcome as its own.
 */
public final class ProcessVariables {

    /** The procedure's handling process, called by {@code CallActivity_HandleDossier} (transient, set by the receipt). */
    public static final String HANDLING_PROCESS_KEY = "handlingProcessKey";
    /**
     * Whether the intake carried the desk's decision (transient, set on every start): the clerk checked the dossier
     * at the counter, and {@code Gateway_CheckedAtDesk} routes past the check task straight to the decision.
     */
    public static final String CHECKED_AT_DESK = "checkedAtDesk";
    /** The outcome chosen when a user task was completed, or at the desk on intake (transient); gateways route on it. */
    public static final String OUTCOME = "outcome";
    /** How handling ended: {@code RESULT_READY} or {@code REJECTED}. */
    public static final String HANDLING_OUTCOME = "handlingOutcome";
    /**
     * The due instant as an ISO-8601 string (transient), which {@code BoundaryEvent_DossierOverdue}'s timer reads when
     * the call activity creates it, in the receipt's transaction. Later changes move the timer itself
     * ({@code DeadlineTimers}); the dossier's row is where the due instant is kept.
     */
    public static final String DOSSIER_DUE_AT = "dossierDueAt";
    /** When the apology falls due (ISO-8601, transient, as {@link #DOSSIER_DUE_AT}): the unit's lead before the due instant. */
    public static final String APOLOGY_DUE_AT = "apologyDueAt";
    /** The candidate group of {@code Task_IssueApology}: the department that holds the dossier when it falls due. */
    public static final String APOLOGY_DEPARTMENT = "apologyDepartment";
    /** The new appointment of an apology letter (ISO-8601, transient). */
    public static final String NEW_DUE_AT = "newDueAt";

    /**
     * How many agencies handle the dossier in turn (set by {@code Task_ListAgencies} of
     * {@code HandleAcrossAgencies.bpmn}): the cardinality of its agency loop.
     */
    public static final String AGENCY_COUNT = "agencyCount";
    /** The engine's counter of a multi-instance loop, from 0: which agency of the chain is at work. */
    public static final String LOOP_COUNTER = "loopCounter";

    public static final String REASON = "reason";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    public static final String COMMENT = "comment";
    public static final String RECEIVED_BY = "receivedBy";
    public static final String SATISFACTION = "satisfaction";

    private ProcessVariables() {}
}
