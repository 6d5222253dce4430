package vn.motcua.administration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.motcua.office.Department;

/** A department as the administration shows it, with the names it had before (newest first). */
public record DepartmentView(
        String code,
        String unitCode,
        String name,
        String kind,
        String mergedInto,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryEntry> history) {

    static DepartmentView of(Department department, List<HistoryEntry> history) {
        return new DepartmentView(
                department.code(),
                department.unitCode(),
                department.name(),
                department.kind(),
                department.mergedInto(),
                history);
    }

    DepartmentView withoutHistory() {
        return new DepartmentView(code, unitCode, name, kind, mergedInto, null);
    }
}
