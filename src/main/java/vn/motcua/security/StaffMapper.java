package vn.motcua.security;

import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface StaffMapper {

    @Select(
            "SELECT username, password_hash, full_name, role, unit_code, enabled FROM staff WHERE username = #{username}")
    StaffRow find(String username);

    /** His departments, and those merged into them: their open tasks are now his departments' work. */
    @Select("SELECT department_code FROM staff_department WHERE username = #{username}"
            + " UNION SELECT d.code FROM department d JOIN staff_department s ON s.department_code = d.merged_into"
            + " WHERE s.username = #{username}")
    Set<String> departments(String username);

    @Select(
            "SELECT username, password_hash, full_name, role, unit_code, enabled FROM staff ORDER BY unit_code, role, username")
    java.util.List<StaffRow> all();

    @Select("SELECT username, department_code FROM staff_department ORDER BY department_code")
    java.util.List<StaffDepartment> allDepartments();

    record StaffDepartment(String username, String departmentCode) {}

    record StaffRow(
            String username, String passwordHash, String fullName, Role role, String unitCode, boolean enabled) {}
}
