package vn.motcua.dossier;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The timeline is append-only: this mapper inserts and reads, and has no way to update or delete. */
@Mapper
interface DossierEventMapper {

    @Insert("INSERT INTO dossier_event (dossier_id, at, step, actor, department_code, note, legal_basis)"
            + " VALUES (#{dossierId}, #{at}, #{step}, #{actor}, #{departmentCode}, #{note}, #{legalBasis})")
    void insert(DossierEvent event);

    /** Lines in the order given, in one statement. */
    @Insert("<script>INSERT INTO dossier_event (dossier_id, at, step, actor, department_code, note, legal_basis)"
            + " VALUES <foreach collection='lines' item='e' separator=','>"
            + "(#{e.dossierId}, #{e.at}, #{e.step}, #{e.actor}, #{e.departmentCode}, #{e.note}, #{e.legalBasis})"
            + "</foreach></script>")
    void insertAll(@Param("lines") List<DossierEvent> lines);

    @Select("SELECT * FROM dossier_event WHERE dossier_id = #{dossierId} ORDER BY id")
    List<DossierEvent> timeline(long dossierId);
}
