package vn.motcua.procedure;

/**
 * How a procedure's dossiers are handled once received: one of a few BPMN templates in {@code processes/},
 * parameterised by the procedure's agencies, or a model of its own for a special case (docs/domain.md, "Handling
 * templates").
 */
public enum HandlingTemplate {
    /** One department examines, its approver signs ({@code processes/HandleInOneDepartment.bpmn}). */
    ONE_DEPARTMENT("HandleInOneDepartment"),
    /**
     * The agencies in turn, each with its share of the time limit, then the last one's approver signs (liên thông,
     * e.g. land office → tax office → land office; {@code processes/HandleAcrossAgencies.bpmn}).
     */
    AGENCY_CHAIN("HandleAcrossAgencies"),
    /** Handled at the desk and signed by the department's approver the same day ({@code processes/HandleAtDesk.bpmn}). */
    AT_DESK("HandleAtDesk"),
    /** A model of its own in {@code processes/}, named by the procedure's {@code processKey}. */
    CUSTOM(null);

    private final String processKey;

    HandlingTemplate(String processKey) {
        this.processKey = processKey;
    }

    /** The key of the template's process; {@code null} for {@link #CUSTOM}. */
    public String processKey() {
        return processKey;
    }
}
