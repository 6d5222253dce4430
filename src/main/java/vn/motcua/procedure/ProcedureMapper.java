package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ProcedureMapper {

    /** One row of {@code procedure_version}. */
    record VersionRow(
            Long id,
            String procedureCode,
            int versionNo,
            LocalDate effectiveFrom,
            String nationalCode,
            String name,
            String field,
            String level,
            Integer processingDays,
            Integer processingHours,
            boolean sameDay,
            BigDecimal fee,
            String template,
            String processKey,
            String legalBasis,
            String resolvedBy) {}

    record AgencyRow(
            Long versionId,
            int position,
            String unitKind,
            String unitCode,
            String departmentCode,
            Integer shareDays,
            Integer shareHours) {}

    record DocumentRow(Long versionId, int position, String name) {}

    /** A version to insert; {@code id} is filled in. */
    final class NewVersion {
        public Long id;
        public Procedure procedure;
        public Instant createdAt;
        public String createdBy;
    }

    List<VersionRow> versions();

    List<AgencyRow> versionAgencies();

    List<DocumentRow> versionDocuments();

    /** Locks the procedure's row, so that two changes to one procedure queue; {@code null} for an unknown code. */
    String lock(String code);

    void insertVersion(NewVersion version);

    void insertVersionAgency(
            @Param("versionId") long versionId,
            @Param("position") int position,
            @Param("agency") Procedure.Agency agency);

    void insertVersionDocument(
            @Param("versionId") long versionId, @Param("position") int position, @Param("name") String name);

    int update(Procedure procedure);

    void insert(Procedure procedure);

    void deleteAgencies(String procedureCode);

    void deleteDocuments(String procedureCode);

    void insertAgency(
            @Param("procedureCode") String procedureCode,
            @Param("position") int position,
            @Param("agency") Procedure.Agency agency);

    void insertDocument(
            @Param("procedureCode") String procedureCode, @Param("position") int position, @Param("name") String name);
}
