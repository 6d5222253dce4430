package vn.motcua.dossier;

import java.time.Instant;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface SupplementRequestMapper {

    @Insert("INSERT INTO supplement_request (dossier_id, stage, requested_at, requested_by, department_code, reason,"
            + " missing_documents) VALUES (#{dossierId}, #{stage}, #{requestedAt}, #{requestedBy}, #{departmentCode},"
            + " #{reason}, #{missingDocuments})")
    void insert(
            @Param("dossierId") long dossierId,
            @Param("stage") String stage,
            @Param("requestedAt") Instant requestedAt,
            @Param("requestedBy") String requestedBy,
            @Param("departmentCode") String departmentCode,
            @Param("reason") String reason,
            @Param("missingDocuments") String missingDocuments);

    /** The documents the open request names, as they were joined ("; "), or null when none is open. */
    @Select("SELECT missing_documents FROM supplement_request WHERE dossier_id = #{dossierId} AND fulfilled_at IS NULL"
            + " ORDER BY id DESC LIMIT 1")
    String openMissingDocuments(long dossierId);

    @Update(
            "UPDATE supplement_request SET fulfilled_at = #{at} WHERE dossier_id = #{dossierId} AND fulfilled_at IS NULL")
    int fulfil(@Param("dossierId") long dossierId, @Param("at") Instant at);
}
