package vn.motcua.file;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DossierFileMapper {

    void insert(NewFile row);

    /** A row to insert; the database gives its id. */
    final class NewFile {
        Long id;
        final DossierFileRow row;

        NewFile(DossierFileRow row) {
            this.row = row;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public DossierFileRow getRow() {
            return row;
        }
    }

    DossierFileRow find(@Param("dossierId") long dossierId, @Param("id") long id);

    DossierFileRow findById(long id);

    List<DossierFileRow> list(@Param("dossierId") long dossierId, @Param("kind") FileKind kind);

    long totalSize(long dossierId);

    /** Takes the dossier's row lock: uploads to one dossier queue, so its size limit holds. */
    Long lockDossier(long dossierId);

    /** A component is digitised once it has a file (docs/domain.md, "Files"). */
    int markDigitized(@Param("dossierId") long dossierId, @Param("component") String component);

    /** The applicant's earlier components (originals, not reuses), newest first. */
    List<ReusableRow> reusable(@Param("idNumber") String idNumber, @Param("limit") int limit);

    String applicantIdNumberOf(long dossierId);

    /** Those of the keys that a row names (an object may be named by several: reuse). */
    List<String> namedAmong(@Param("keys") List<String> keys);

    /** A reusable component with the code of its dossier. */
    record ReusableRow(
            long id,
            String dossierCode,
            String component,
            String fileName,
            String contentType,
            long sizeBytes,
            java.time.Instant uploadedAt) {}
}
