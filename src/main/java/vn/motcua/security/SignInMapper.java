package vn.motcua.security;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Failed sign-ins, locks, and the staff columns that signing in reads and changes. */
@Mapper
interface SignInMapper {

    @Insert("INSERT INTO sign_in_failure (username, client, failed_at) VALUES (#{username}, #{client}, #{at})")
    void insertFailure(@Param("username") String username, @Param("client") String client, @Param("at") Instant at);

    @Select("SELECT COUNT(*) FROM sign_in_failure WHERE username = #{username} AND failed_at > #{since}")
    int failuresOfAccount(@Param("username") String username, @Param("since") Instant since);

    @Select("SELECT COUNT(*) FROM sign_in_failure WHERE client = #{client} AND failed_at > #{since}")
    int failuresOfClient(@Param("client") String client, @Param("since") Instant since);

    @Delete("DELETE FROM sign_in_failure WHERE failed_at < #{before}")
    void forgetFailuresBefore(Instant before);

    @Select("SELECT locked_until FROM sign_in_lock WHERE kind = #{kind} AND subject = #{subject}")
    Instant lockedUntil(@Param("kind") String kind, @Param("subject") String subject);

    /** The locks still holding at {@code now} on the account or the client address. */
    @Select("SELECT kind, subject, locked_until FROM sign_in_lock WHERE locked_until > #{now}"
            + " AND ((kind = 'ACCOUNT' AND subject = #{username}) OR (kind = 'CLIENT' AND subject = #{client}))")
    List<Lock> locksHolding(
            @Param("username") String username, @Param("client") String client, @Param("now") Instant now);

    @Insert("INSERT INTO sign_in_lock (kind, subject, locked_until) VALUES (#{kind}, #{subject}, #{until})")
    void insertLock(@Param("kind") String kind, @Param("subject") String subject, @Param("until") Instant until);

    @Update("UPDATE sign_in_lock SET locked_until = #{until} WHERE kind = #{kind} AND subject = #{subject}")
    int updateLock(@Param("kind") String kind, @Param("subject") String subject, @Param("until") Instant until);

    @Select("SELECT COUNT(*) FROM staff WHERE role = 'ADMIN'")
    int administrators();

    @Select("SELECT COUNT(*) FROM staff WHERE username = #{username}")
    int staffNamed(String username);

    @Select("SELECT password_hash FROM staff WHERE username = #{username}")
    String passwordHash(String username);

    @Select("SELECT password_change_required FROM staff WHERE username = #{username}")
    Boolean passwordChangeRequired(String username);

    @Update("UPDATE staff SET password_hash = #{hash}, password_change_required = FALSE WHERE username = #{username}")
    int changePassword(@Param("username") String username, @Param("hash") String hash);

    @Select("SELECT code FROM unit WHERE parent_code IS NULL ORDER BY code")
    List<String> rootUnits();

    @Select("SELECT COUNT(*) FROM unit")
    int units();

    @Insert("INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end,"
            + " kind, parent_code) VALUES (#{code}, #{agencyCode}, #{name}, '08:00:00', '12:00:00', '13:00:00',"
            + " '17:00:00', 'PROVINCE', NULL)")
    void insertRootUnit(@Param("code") String code, @Param("agencyCode") String agencyCode, @Param("name") String name);

    @Insert("INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled, password_change_required)"
            + " VALUES (#{username}, #{hash}, #{fullName}, #{role}, #{unitCode}, TRUE, #{changeRequired})")
    void insertStaff(
            @Param("username") String username,
            @Param("hash") String hash,
            @Param("fullName") String fullName,
            @Param("role") Role role,
            @Param("unitCode") String unitCode,
            @Param("changeRequired") boolean changeRequired);

    @Select("SELECT COUNT(*) FROM unit WHERE code = #{code}")
    int unitsCoded(String code);

    @Select("SELECT COUNT(*) FROM department WHERE code = #{code}")
    int departmentsCoded(String code);

    @Update("UPDATE staff SET full_name = #{fullName}, role = #{role}, unit_code = #{unitCode}"
            + " WHERE username = #{username}")
    void updateFromProvince(
            @Param("username") String username,
            @Param("fullName") String fullName,
            @Param("role") Role role,
            @Param("unitCode") String unitCode);

    @Delete("DELETE FROM staff_department WHERE username = #{username}")
    void deleteDepartments(String username);

    @Insert("INSERT INTO staff_department (username, department_code) VALUES (#{username}, #{department})")
    void insertDepartment(@Param("username") String username, @Param("department") String department);

    record Lock(String kind, String subject, Instant lockedUntil) {}
}
