package vn.motcua.dossier;

/**
 * One agency of a dossier's handling chain, resolved when it was registered: the department that works it and its
 * unit, with the names they had then, and its share of the time limit ({@code null}: the dossier's own due).
 */
public record DossierAgency(
        int position,
        String unitCode,
        String unitName,
        String departmentCode,
        String departmentKind,
        String departmentName,
        Integer shareDays,
        Integer shareHours) {}
