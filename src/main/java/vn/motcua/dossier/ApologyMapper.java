package vn.motcua.dossier;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** One row per dossier: the primary key is what makes a second apology impossible, even when two race. */
@Mapper
interface ApologyMapper {

    /** With its dossier's unit, which a unit's apologies are listed by (the indicators' drill-down, V17). */
    @Insert("INSERT INTO apology (dossier_id, issued_at, issued_by, department_code, reason, original_due_at,"
            + " new_due_at, unit_code) SELECT #{dossierId}, #{issuedAt}, #{issuedBy}, #{departmentCode}, #{reason},"
            + " #{originalDueAt}, #{newDueAt}, d.unit_code FROM dossier d WHERE d.id = #{dossierId}")
    void insert(Apology apology);

    @Select("SELECT dossier_id, issued_at, issued_by, department_code, reason, original_due_at, new_due_at"
            + " FROM apology WHERE dossier_id = #{dossierId}")
    Apology find(long dossierId);
}
