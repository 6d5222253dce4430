package vn.motcua.web;

import vn.motcua.administration.DepartmentRequest;
import vn.motcua.administration.DepartmentView;

/** The department form of the admin pages. */
public class DepartmentForm {

    private String code;
    private String unitCode;
    private String name;
    private String kind;

    static DepartmentForm of(DepartmentView department) {
        DepartmentForm form = new DepartmentForm();
        form.code = department.code();
        form.unitCode = department.unitCode();
        form.name = department.name();
        form.kind = department.kind();
        return form;
    }

    DepartmentRequest toRequest() {
        return new DepartmentRequest(
                UnitForm.blankToNull(code), UnitForm.blankToNull(unitCode), name, UnitForm.blankToNull(kind));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
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
}
