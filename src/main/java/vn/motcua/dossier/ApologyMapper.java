package vn.motcua.dossier;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** One row per dossier: the primary key is what makes a second apology impossible, even when two race. */
@Mapper
interface ApologyMapper {

    @Insert(
            "INSERT INTO apology (dossier_id, issued_at, issued_by, department_code, reason, original_due_at, new_due_at)"
                    + " VALUES (#{dossierId}, #{issuedAt}, #{issuedBy}, #{departmentCode}, #{reason}, #{originalDueAt}, #{newDueAt})")
    void insert(Apology apology);

    @Select("SELECT * FROM apology WHERE dossier_id = #{dossierId}")
    Apology find(long dossierId);
}
