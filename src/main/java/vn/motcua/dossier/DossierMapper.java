package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.motcua.deadline.Timeliness;

/**
 * SQL for dossiers. Every state change names the status it expects, so a step taken twice (or raced) changes
 * nothing the second time and the service answers 409.
 */
@Mapper
interface DossierMapper {

    void insert(NewDossier dossier);

    void insertDocument(@Param("dossierId") long dossierId, @Param("document") DossierDocument document);

    Dossier findByCode(String code);

    Dossier findById(long id);

    /** Takes the dossier's row lock (see {@link DossierLifecycle}) and reads the row; {@code null} when there is none. */
    Dossier lock(long id);

    /** Takes the row lock of the dossier of this code and reads the row; {@code null} when there is none. */
    Dossier lockByCode(String code);

    List<DossierDocument> documents(long dossierId);

    int nextDocumentPosition(long dossierId);

    List<Dossier> search(
            @Param("filter") DossierCriteria filter,
            @Param("now") Instant now,
            @Param("offset") int offset,
            @Param("limit") int limit);

    long count(@Param("filter") DossierCriteria filter, @Param("now") Instant now);

    int choosePayment(@Param("id") long id, @Param("paymentMethod") PaymentMethod paymentMethod);

    List<NameRow> unfoldedNames(@Param("after") long after, @Param("limit") int limit);

    int foldName(@Param("id") long id, @Param("folded") String folded);

    /** An applicant's name still to fold. */
    record NameRow(long id, String fullName) {}

    int attachProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    int changeStatus(
            @Param("id") long id, @Param("from") Collection<DossierStatus> from, @Param("to") DossierStatus to);

    int receive(
            @Param("id") long id,
            @Param("receivedAt") Instant receivedAt,
            @Param("receivedOn") LocalDate receivedOn,
            @Param("dueAt") Instant dueAt);

    int restartClock(@Param("id") long id, @Param("dueAt") Instant dueAt);

    @org.apache.ibatis.annotations.Update("UPDATE dossier SET receiving_unit_name = #{receivingUnitName},"
            + " unit_name = #{unitName} WHERE id = #{id}")
    int keepUnitNames(
            @Param("id") long id,
            @Param("receivingUnitName") String receivingUnitName,
            @Param("unitName") String unitName);

    int resolve(
            @Param("id") long id,
            @Param("to") DossierStatus to,
            @Param("at") Instant at,
            @Param("timeliness") Timeliness timeliness);

    int close(
            @Param("id") long id,
            @Param("from") DossierStatus from,
            @Param("to") DossierStatus to,
            @Param("at") Instant at);

    int recordReturn(
            @Param("id") long id,
            @Param("at") Instant at,
            @Param("returnedTo") String returnedTo,
            @Param("satisfaction") Integer satisfaction);

    int reschedule(@Param("id") long id, @Param("newDueAt") Instant newDueAt);

    int markOverdue(@Param("id") long id, @Param("at") Instant at, @Param("apologyMissing") boolean apologyMissing);

    int moveTo(@Param("id") long id, @Param("department") String department);

    /** The fields of a new dossier; {@code id} is filled in by the insert. */
    final class NewDossier {
        public Long id;
        public String code;
        public String procedureCode;
        public Long procedureVersionId;
        public String unitCode;
        public String unitName;
        public String helpedUnitCode;
        public String receivingUnitCode;
        public String receivingUnitName;
        public Channel channel;
        public String applicantFullName;
        public String applicantNameFolded;
        public String applicantIdNumber;
        public String applicantPhone;
        public String applicantEmail;
        public String applicantAddress;
        public PaymentMethod paymentMethod;
        public java.math.BigDecimal fee;
        public Instant submittedAt;
    }
}
