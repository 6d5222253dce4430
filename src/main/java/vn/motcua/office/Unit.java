package vn.motcua.office;

import java.time.LocalTime;
import vn.motcua.calendar.OfficeHours;

/**
 * A unit of the province with a one-stop desk or departments (a commune or ward, the service center or one of its
 * branches, a provincial agency). Its agency code opens every dossier code it issues; its office hours are what the
 * working-day calendar counts; its parent places it in the province ({@code null} for the root).
 */
public record Unit(
        String code,
        String agencyCode,
        String name,
        LocalTime morningStart,
        LocalTime morningEnd,
        LocalTime afternoonStart,
        LocalTime afternoonEnd,
        int apologyLeadHours,
        UnitKind kind,
        String parentCode,
        String mergedInto) {

    /** Whether the unit was merged into another: it keeps its dossiers but takes no new ones. */
    public boolean merged() {
        return mergedInto != null;
    }

    /** The same unit under the name a dossier was received with, for what is printed about that dossier. */
    public Unit named(String name) {
        return name == null || name.equals(this.name)
                ? this
                : new Unit(
                        code,
                        agencyCode,
                        name,
                        morningStart,
                        morningEnd,
                        afternoonStart,
                        afternoonEnd,
                        apologyLeadHours,
                        kind,
                        parentCode,
                        mergedInto);
    }

    /** How long before the due instant an apology must be issued, as working time. */
    public java.time.Duration apologyLead() {
        return java.time.Duration.ofHours(apologyLeadHours);
    }

    public OfficeHours officeHours() {
        return new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
    }

    /** The desk that officially receives what this unit's desk takes in: a branch's is its center's. */
    public boolean receivesForItself() {
        return kind != UnitKind.BRANCH || parentCode == null;
    }
}
