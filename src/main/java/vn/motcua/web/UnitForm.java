package vn.motcua.web;

import vn.motcua.administration.UnitRequest;
import vn.motcua.administration.UnitView;
import vn.motcua.office.UnitKind;

/** The unit form of the admin pages, as typed: a wrong number stays as it was typed, beside its error. */
public class UnitForm {

    private String code;
    private String agencyCode;
    private String name;
    private String kind = UnitKind.COMMUNE.name();
    private String parentCode;
    private String morning = "08:00-12:00";
    private String afternoon = "13:00-17:00";
    private String apologyLeadHours = "8";

    static UnitForm of(UnitView unit) {
        UnitForm form = new UnitForm();
        form.code = unit.code();
        form.agencyCode = unit.agencyCode();
        form.name = unit.name();
        form.kind = unit.kind().name();
        form.parentCode = unit.parentCode();
        form.morning = unit.officeHours().morning();
        form.afternoon = unit.officeHours().afternoon();
        form.apologyLeadHours = Integer.toString(unit.apologyLeadHours());
        return form;
    }

    /** {@code null} where the field is blank or not a kind or a number; validation then names it. */
    UnitRequest toRequest() {
        return new UnitRequest(
                blankToNull(code),
                agencyCode,
                name,
                kindOrNull(),
                blankToNull(parentCode),
                new UnitRequest.OfficeHoursInput(trim(morning), trim(afternoon)),
                numberOrNull(apologyLeadHours));
    }

    boolean leadIsNumber() {
        return apologyLeadHours == null || apologyLeadHours.isBlank() || numberOrNull(apologyLeadHours) != null;
    }

    private UnitKind kindOrNull() {
        try {
            return kind == null ? null : UnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer numberOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getMorning() {
        return morning;
    }

    public void setMorning(String morning) {
        this.morning = morning;
    }

    public String getAfternoon() {
        return afternoon;
    }

    public void setAfternoon(String afternoon) {
        this.afternoon = afternoon;
    }

    public String getApologyLeadHours() {
        return apologyLeadHours;
    }

    public void setApologyLeadHours(String apologyLeadHours) {
        this.apologyLeadHours = apologyLeadHours;
    }
}
