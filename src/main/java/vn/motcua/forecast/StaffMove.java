package vn.motcua.forecast;

import java.util.Map;

/**
 * A what-if: people added to (positive) or taken from (negative) departments for the coming working days, by
 * department code. It lives only in the forecast that asks for it; the office is not touched.
 */
public record StaffMove(Map<String, Integer> handlersByDepartment, int workingDays) {

    /** Nobody moves: the forecast of the office as it is. */
    public static final StaffMove NONE = new StaffMove(Map.of(), 0);

    public StaffMove {
        handlersByDepartment = Map.copyOf(handlersByDepartment);
    }

    public int at(String department) {
        return workingDays <= 0 ? 0 : handlersByDepartment.getOrDefault(department, 0);
    }
}
