package vn.motcua.office;

import java.time.LocalTime;
import vn.motcua.calendar.OfficeHours;

/**
 * An administrative unit with a one-stop desk (xã/phường, huyện/quận, tỉnh). Its agency code opens every
 * dossier code it issues; its office hours are what the working-day calendar counts.
 */
public record Unit(
        String code,
        String agencyCode,
        String name,
        LocalTime morningStart,
        LocalTime morningEnd,
        LocalTime afternoonStart,
        LocalTime afternoonEnd,
        int apologyLeadHours) {

    /** How long before the due instant an apology must be issued, as working time. */
    public java.time.Duration apologyLead() {
        return java.time.Duration.ofHours(apologyLeadHours);
    }

    public OfficeHours officeHours() {
        return new OfficeHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
    }
}
