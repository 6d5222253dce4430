package vn.motcua.web;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.administration.StaffRequest;
import vn.motcua.administration.StaffView;
import vn.motcua.security.Role;

/** The staff form of the admin pages; the password only when creating. */
public class StaffForm {

    private String username;
    private String fullName;
    private String role = Role.CLERK.name();
    private String unitCode;
    private List<String> departments = new ArrayList<>();
    private String password;
    private boolean enabled = true;

    static StaffForm of(StaffView staff) {
        StaffForm form = new StaffForm();
        form.username = staff.username();
        form.fullName = staff.fullName();
        form.role = staff.role().name();
        form.unitCode = staff.unitCode();
        form.departments = new ArrayList<>(staff.departments());
        form.enabled = staff.enabled();
        return form;
    }

    StaffRequest toRequest(boolean creating) {
        Role chosen;
        try {
            chosen = role == null ? null : Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        return new StaffRequest(
                UnitForm.blankToNull(username),
                fullName,
                chosen,
                UnitForm.blankToNull(unitCode),
                departments == null ? List.of() : departments,
                creating ? (password == null ? "" : password) : null,
                creating ? null : enabled);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public List<String> getDepartments() {
        return departments;
    }

    public void setDepartments(List<String> departments) {
        this.departments = departments;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
