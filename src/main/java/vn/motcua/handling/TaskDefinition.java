package vn.motcua.handling;

import java.util.List;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * What a user task of our models says about itself: the candidate group that may work it, hence the department
 * and role, and the outcomes it allows.
 */
public record TaskDefinition(String candidateGroup, List<String> outcomes) {

    /** Whether the model names the group by an expression, so that only the running task knows it. */
    public boolean dynamicGroup() {
        return candidateGroup != null && candidateGroup.contains("${");
    }

    public TaskDefinition withGroup(String group) {
        return new TaskDefinition(group, outcomes);
    }

    /** The department that holds the dossier while this task is open; {@code null} at the one-stop desk. */
    public String department() {
        if (candidateGroup == null || Staff.isDeskGroup(candidateGroup)) {
            return null;
        }
        int colon = candidateGroup.indexOf(':');
        return colon < 0 ? candidateGroup : candidateGroup.substring(0, colon);
    }

    public Role role() {
        if (Staff.isDeskGroup(candidateGroup)) {
            return Role.CLERK;
        }
        return candidateGroup != null && candidateGroup.endsWith(":" + Role.APPROVER.name())
                ? Role.APPROVER
                : Role.HANDLER;
    }
}
