package vn.motcua.security;

/** The roles of docs/api.md. */
public enum Role {
    /** Công chức tiếp nhận: the one-stop desk. */
    CLERK,
    /** Công chức xử lý: works the tasks of his department(s). */
    HANDLER,
    /** Lãnh đạo phòng/đơn vị: signs the results of his department(s). */
    APPROVER,
    /** Lãnh đạo / bộ phận giám sát: reads everything of the unit, the overdue board, the indicators. */
    SUPERVISOR,
    /** Quản trị của một đơn vị: sets up his own unit (its departments, staff and office hours) and nothing else. */
    UNIT_ADMIN,
    /** Quản trị hệ thống: sets up the whole province. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
