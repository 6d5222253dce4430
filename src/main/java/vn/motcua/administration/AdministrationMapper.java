package vn.motcua.administration;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import vn.motcua.security.Role;

/** The writes of the office's set-up, and the reads only the administration needs (history, staff records). */
@Mapper
interface AdministrationMapper {

    @Insert("INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end,"
            + " apology_lead_hours, kind, parent_code) VALUES (#{code}, #{agencyCode}, #{name}, #{morningStart},"
            + " #{morningEnd}, #{afternoonStart}, #{afternoonEnd}, #{apologyLeadHours}, #{kind}, #{parentCode})")
    void insertUnit(UnitRow unit);

    @Update("UPDATE unit SET agency_code = #{agencyCode}, name = #{name}, morning_start = #{morningStart},"
            + " morning_end = #{morningEnd}, afternoon_start = #{afternoonStart}, afternoon_end = #{afternoonEnd},"
            + " apology_lead_hours = #{apologyLeadHours}, kind = #{kind}, parent_code = #{parentCode}"
            + " WHERE code = #{code}")
    int updateUnit(UnitRow unit);

    /** The merged unit is placed under its successor, whose supervisors then watch its remaining dossiers. */
    @Update("UPDATE unit SET merged_into = #{target}, merged_at = #{at}, parent_code = #{target} WHERE code = #{code}")
    int mergeUnit(@Param("code") String code, @Param("target") String target, @Param("at") Instant at);

    @Insert("INSERT INTO department (code, unit_code, name, kind) VALUES (#{code}, #{unitCode}, #{name}, #{kind})")
    void insertDepartment(
            @Param("code") String code,
            @Param("unitCode") String unitCode,
            @Param("name") String name,
            @Param("kind") String kind);

    @Update("UPDATE department SET name = #{name}, kind = #{kind} WHERE code = #{code}")
    int updateDepartment(@Param("code") String code, @Param("name") String name, @Param("kind") String kind);

    @Update("UPDATE department SET merged_into = #{target}, merged_at = #{at} WHERE code = #{code}")
    int mergeDepartment(@Param("code") String code, @Param("target") String target, @Param("at") Instant at);

    @Insert("INSERT INTO office_history (subject, code, name, agency_code, unit_code, valid_until, change_kind,"
            + " successor, actor) VALUES (#{subject}, #{code}, #{name}, #{agencyCode}, #{unitCode}, #{validUntil},"
            + " #{changeKind}, #{successor}, #{actor})")
    void insertHistory(HistoryRow row);

    @Select("SELECT subject, code, name, agency_code, unit_code, valid_until, change_kind, successor, actor"
            + " FROM office_history WHERE subject = #{subject} ORDER BY code, valid_until DESC, id DESC")
    List<HistoryRow> history(String subject);

    @Select("SELECT username, full_name, role, unit_code, enabled, password_change_required FROM staff"
            + " WHERE username = #{username}")
    StaffRow staff(String username);

    @Select("SELECT username, full_name, role, unit_code, enabled, password_change_required FROM staff"
            + " ORDER BY unit_code, role, username")
    List<StaffRow> allStaff();

    @Select("SELECT username, department_code FROM staff_department ORDER BY department_code")
    List<StaffDepartment> staffDepartments();

    @Insert("INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled,"
            + " password_change_required) VALUES (#{username}, #{passwordHash}, #{fullName}, #{role}, #{unitCode},"
            + " TRUE, FALSE)")
    void insertStaff(
            @Param("username") String username,
            @Param("passwordHash") String passwordHash,
            @Param("fullName") String fullName,
            @Param("role") Role role,
            @Param("unitCode") String unitCode);

    @Update("UPDATE staff SET full_name = #{fullName}, role = #{role}, unit_code = #{unitCode},"
            + " enabled = #{enabled}, version = version + 1 WHERE username = #{username}")
    int updateStaff(
            @Param("username") String username,
            @Param("fullName") String fullName,
            @Param("role") Role role,
            @Param("unitCode") String unitCode,
            @Param("enabled") boolean enabled);

    @Update("UPDATE staff SET password_hash = #{passwordHash}, password_change_required = TRUE,"
            + " version = version + 1 WHERE username = #{username}")
    int resetPassword(@Param("username") String username, @Param("passwordHash") String passwordHash);

    @Delete("DELETE FROM staff_department WHERE username = #{username}")
    void removeDepartments(String username);

    @Insert("INSERT INTO staff_department (username, department_code) VALUES (#{username}, #{department})")
    void addDepartment(@Param("username") String username, @Param("department") String department);

    record UnitRow(
            String code,
            String agencyCode,
            String name,
            LocalTime morningStart,
            LocalTime morningEnd,
            LocalTime afternoonStart,
            LocalTime afternoonEnd,
            int apologyLeadHours,
            String kind,
            String parentCode) {}

    record HistoryRow(
            String subject,
            String code,
            String name,
            String agencyCode,
            String unitCode,
            Instant validUntil,
            String changeKind,
            String successor,
            String actor) {}

    record StaffRow(
            String username,
            String fullName,
            Role role,
            String unitCode,
            boolean enabled,
            boolean passwordChangeRequired) {}

    record StaffDepartment(String username, String departmentCode) {}
}
