package vn.motcua.procedure.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureAdministration;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.procedure.ProcedureDraft;

/**
 * Imports into the versioned catalog: a new code becomes version 1 of a procedure handled as its field maps (one
 * agency: the department, on the fixed unit if any), in force from today; a changed one becomes a new version from
 * today (or the day after its latest version, if that is today or later) that keeps how the office handles it
 * (template, model, agencies) and takes the name, field, level, time limit, fee, documents and legal basis of the file.
 * Dossiers already registered keep their version.
 */
@Component
class VersionedCatalogImportTarget implements CatalogImportTarget {

    private final ProcedureAdministration administration;
    private final ProcedureCatalog catalog;
    private final Clock clock;

    VersionedCatalogImportTarget(ProcedureAdministration administration, ProcedureCatalog catalog, Clock clock) {
        this.administration = administration;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Optional<String> refusal(CatalogRow row, boolean isNew) {
        Map<String, String> problems = administration.problems(isNew ? createdDraft(row) : changedDraft(row));
        return problems.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .reduce((a, b) -> a + "; " + b);
    }

    @Override
    public void created(CatalogRow row) {
        administration.save(createdDraft(row));
    }

    @Override
    public void changed(CatalogRow row) {
        administration.save(changedDraft(row));
    }

    private ProcedureDraft createdDraft(CatalogRow row) {
        CatalogTimeLimit limit = row.timeLimit();
        ProcedureDraft.AgencyDraft agency = new ProcedureDraft.AgencyDraft(
                null, row.unit(), row.department(), limit.workingDays(), limit.workingHours());
        boolean custom = "CUSTOM".equals(row.template());
        return draft(row, row.template(), custom ? row.processKey() : null, List.of(agency), LocalDate.now(clock));
    }

    private ProcedureDraft changedDraft(CatalogRow row) {
        Procedure current = catalog.get(row.code());
        LocalDate today = LocalDate.now(clock);
        LocalDate from =
                current.effectiveFrom() != null && !current.effectiveFrom().isBefore(today)
                        ? current.effectiveFrom().plusDays(1)
                        : today;
        List<ProcedureDraft.AgencyDraft> agencies = current.agencies().stream()
                .map(a -> new ProcedureDraft.AgencyDraft(
                        a.unitKind() == null ? null : a.unitKind().name(),
                        a.unit(),
                        a.department(),
                        a.shareDays(),
                        a.shareHours()))
                .toList();
        String template =
                current.template() == null ? "CUSTOM" : current.template().name();
        return draft(row, template, "CUSTOM".equals(template) ? current.processKey() : null, agencies, from);
    }

    private static ProcedureDraft draft(
            CatalogRow row,
            String template,
            String processKey,
            List<ProcedureDraft.AgencyDraft> agencies,
            LocalDate effectiveFrom) {
        CatalogTimeLimit limit = row.timeLimit();
        return new ProcedureDraft(
                row.code(),
                row.code(),
                row.name(),
                row.field(),
                row.level(),
                new ProcedureDraft.TimeLimitDraft(
                        limit.workingDays(), limit.workingHours(), limit.sameDay() ? Boolean.TRUE : null),
                row.fee().amountOrZero(),
                row.documents(),
                agencies,
                template,
                processKey,
                effectiveFrom,
                row.legalBasis());
    }
}
