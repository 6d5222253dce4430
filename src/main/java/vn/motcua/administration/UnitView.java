package vn.motcua.administration;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.motcua.office.Unit;
import vn.motcua.office.UnitKind;

/** A unit as the administration shows it, with the names it had before (newest first). */
public record UnitView(
        String code,
        String agencyCode,
        String name,
        UnitKind kind,
        String parentCode,
        OfficeHoursView officeHours,
        int apologyLeadHours,
        String mergedInto,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryEntry> history) {

    public record OfficeHoursView(String morning, String afternoon) {}

    static UnitView of(Unit unit, List<HistoryEntry> history) {
        return new UnitView(
                unit.code(),
                unit.agencyCode(),
                unit.name(),
                unit.kind(),
                unit.parentCode(),
                new OfficeHoursView(
                        unit.morningStart() + "-" + unit.morningEnd(),
                        unit.afternoonStart() + "-" + unit.afternoonEnd()),
                unit.apologyLeadHours(),
                unit.mergedInto(),
                history);
    }

    /** What the administration log keeps of it: the record without its history. */
    UnitView withoutHistory() {
        return new UnitView(code, agencyCode, name, kind, parentCode, officeHours, apologyLeadHours, mergedInto, null);
    }
}
