package vn.motcua.dossier;

import java.time.Instant;

/** The apology letter with a new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04). */
public record Apology(
        Long dossierId,
        Instant issuedAt,
        String issuedBy,
        String departmentCode,
        String reason,
        Instant originalDueAt,
        Instant newDueAt) {}
