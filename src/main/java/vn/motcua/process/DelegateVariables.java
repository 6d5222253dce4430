package vn.motcua.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads our variables off an execution, with the types the models put there. */
public final class DelegateVariables {

    private DelegateVariables() {}

    public static String text(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }

    public static Integer integer(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : ((Number) value).intValue();
    }
}
