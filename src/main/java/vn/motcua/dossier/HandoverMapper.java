package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import vn.motcua.deadline.Timeliness;

@Mapper
interface HandoverMapper {

    @Select("SELECT * FROM dossier_handover WHERE dossier_id = #{dossierId} AND handed_at IS NULL")
    Handover open(long dossierId);

    @Select("SELECT * FROM dossier_handover WHERE dossier_id = #{dossierId} ORDER BY position")
    List<Handover> all(long dossierId);

    @Insert("INSERT INTO dossier_handover (dossier_id, position, department_code, taken_at, taken_from, share_due_at)"
            + " VALUES (#{dossierId}, #{position}, #{department}, #{takenAt}, #{takenFrom}, #{shareDueAt})")
    void start(
            @Param("dossierId") long dossierId,
            @Param("position") int position,
            @Param("department") String department,
            @Param("takenAt") Instant takenAt,
            @Param("takenFrom") String takenFrom,
            @Param("shareDueAt") Instant shareDueAt);

    @Update("UPDATE dossier_handover SET handed_at = #{at}, handed_by = #{by}, timeliness = #{timeliness}"
            + " WHERE id = #{id} AND handed_at IS NULL")
    int close(
            @Param("id") long id,
            @Param("at") Instant at,
            @Param("by") String by,
            @Param("timeliness") Timeliness timeliness);

    @Update("UPDATE dossier_handover SET share_due_at = #{shareDueAt} WHERE id = #{id}")
    void restartShare(@Param("id") long id, @Param("shareDueAt") Instant shareDueAt);
}
