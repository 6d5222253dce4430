package vn.motcua.dossier;

import java.time.Instant;

/**
 * One line of a dossier's timeline: what happened, when, who did it and in which department, and the rule of law it
 * followed. Never changed.
 */
public record DossierEvent(
        Long id,
        Long dossierId,
        Instant at,
        String step,
        String actor,
        String departmentCode,
        String note,
        String legalBasis) {}
