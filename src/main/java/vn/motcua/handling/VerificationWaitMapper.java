package vn.motcua.handling;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Update;

@Mapper
interface VerificationWaitMapper {

    @Insert("INSERT INTO verification_wait"
            + " (dossier_id, department_code, task_id, requested_at, requested_by, expected_by, reason)"
            + " VALUES (#{dossierId}, #{department}, #{taskId}, #{at}, #{by}, #{expectedBy}, #{reason})")
    void insert(
            @Param("dossierId") long dossierId,
            @Param("department") String department,
            @Param("taskId") String taskId,
            @Param("at") Instant at,
            @Param("by") String by,
            @Param("expectedBy") Instant expectedBy,
            @Param("reason") String reason);

    @Update("UPDATE verification_wait SET ended_at = #{at} WHERE task_id = #{taskId} AND ended_at IS NULL")
    void end(@Param("taskId") String taskId, @Param("at") Instant at);
}
