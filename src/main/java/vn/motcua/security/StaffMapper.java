package vn.motcua.security;

import java.util.Set;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface StaffMapper {

    @Select("SELECT username, password_hash, full_name, role, unit_code, enabled FROM staff WHERE username = #{username}")
    StaffRow find(String username);

    @Select("SELECT department_code FROM staff_department WHERE username = #{username}")
    Set<String> departments(String username);

    record StaffRow(String username, String passwordHash, String fullName, Role role, String unitCode, boolean enabled) {}
}
