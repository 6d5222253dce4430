package vn.motcua.dossier;

import java.time.Instant;
import vn.motcua.deadline.Timeliness;

/**
 * One stay of a dossier in a department or agency, as the control sheet (Mẫu 05) prints it: taken when and from
 * whom, the share of the time limit it had, handed on when and by whom, and whether that was on time.
 */
public record Handover(
        Long id,
        Long dossierId,
        int position,
        String departmentCode,
        Instant takenAt,
        String takenFrom,
        Instant shareDueAt,
        Instant handedAt,
        String handedBy,
        Timeliness timeliness) {}
