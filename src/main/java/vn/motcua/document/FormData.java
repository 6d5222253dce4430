package vn.motcua.document;

import java.time.Instant;
import java.time.LocalDate;

/** What the forms need beyond {@code DossierView}, as {@link DocumentMapper} reads it. */
final class FormData {

    private FormData() {}

    /** The dossier's key, unit and the clerk who received it (the receipt's signature). */
    record DossierRef(long id, String unitCode, String receivedByName, Long procedureVersionId) {}

    /** The latest request for supplement (Mẫu 02); {@code missingDocuments} joined with "; ". */
    record SupplementRequest(
            Instant requestedAt,
            String requestedByName,
            String departmentCode,
            String reason,
            String missingDocuments) {}

    /** The refusal step of the timeline (Mẫu 03): its note is the reason. */
    record Refusal(Instant at, String actorName, String reason) {}

    /** The apology letter (Mẫu 04). */
    record Apology(
            Instant issuedAt,
            String issuedByName,
            String departmentCode,
            String reason,
            Instant originalDueAt,
            Instant newDueAt) {}

    /** One hand-over of the control sheet (Mẫu 05), with the names of the people who gave and handed on. */
    record Handover(
            int position,
            String departmentCode,
            Instant takenAt,
            String takenFromName,
            Instant shareDueAt,
            Instant handedAt,
            String handedByName,
            String timeliness) {}

    /** One line of the tracking book (Mẫu 06). */
    record BookLine(
            String code,
            String procedureCode,
            String procedureName,
            String applicantFullName,
            String applicantAddress,
            String applicantPhone,
            LocalDate receivedOn,
            Instant receivedAt,
            Instant dueAt,
            Instant rescheduledDueAt,
            Instant firstHandedAt,
            Instant resultReadyAt,
            Instant returnedAt,
            String returnedTo,
            String status,
            String timeliness,
            String currentDepartment) {}
}
