package vn.motcua.dossier;

/**
 * The names of the engine variables our models and delegates share. Variables hold ids and small flags; the
 * dossier itself lives in our tables. Reasons and comments travel as transient variables: they are recorded on
 * the timeline and the supplement request, not copied into the engine's history.
 */
public final class ProcessVariables {

    /** The dossier's row id (Long). */
    public static final String DOSSIER_ID = "dossierId";
    /** The procedure's handling process, called by {@code CallActivity_HandleDossier}. */
    public static final String HANDLING_PROCESS_KEY = "handlingProcessKey";
    /** The outcome chosen when a user task was completed; gateways route on it. */
    public static final String OUTCOME = "outcome";
    /** How handling ended: {@code RESULT_READY} or {@code REJECTED}. */
    public static final String HANDLING_OUTCOME = "handlingOutcome";
    /** The due instant as an ISO-8601 string, which timers and task due dates read through the working-time calendar. */
    public static final String DOSSIER_DUE_AT = "dossierDueAt";
    public static final String REASON = "reason";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    public static final String COMMENT = "comment";
    public static final String RECEIVED_BY = "receivedBy";
    public static final String SATISFACTION = "satisfaction";

    private ProcessVariables() {}
}
