package vn.motcua.procedure.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Imports a catalog file in the national database's shape (docs/catalog.md): compares each row with the catalog by
 * code and, unless it is a dry run, writes what is new or changed through {@link CatalogImportTarget}, logging each as
 * {@code PROCEDURE_IMPORTED}. All of a file or nothing: one transaction.
 */
@Service
public class CatalogImport {

    /** What differs between the catalog and a row: the names of the fields. */
    public record Change(String code, List<String> fields) {}

    /**
     * The answer of {@code POST /api/admin/procedures/import}: the codes created and changed (or that would be, in a
     * dry run), the lines refused with why, and beyond the contract the codes already as the file says and what
     * changes for each changed code.
     */
    public record Result(
            boolean dryRun,
            List<String> created,
            List<String> changed,
            List<CatalogParser.Refusal> refused,
            List<String> unchanged,
            List<Change> changes) {}

    private final CatalogParser parser;
    private final ProcedureCatalog catalog;
    private final CatalogImportTarget target;
    private final AdministrationLog log;

    CatalogImport(CatalogMapping mapping, ProcedureCatalog catalog, CatalogImportTarget target, AdministrationLog log) {
        this.parser = new CatalogParser(mapping);
        this.catalog = catalog;
        this.target = target;
        this.log = log;
    }

    /**
     * @throws CatalogFile.Unreadable when the file cannot be read at all
     * @throws CatalogFile.TooLarge over 2 MB or 5,000 rows
     */
    @Transactional
    public Result run(String filename, byte[] content, boolean dryRun) {
        CatalogParser.Parsed parsed;
        try {
            parsed = parser.parse(CatalogFile.read(filename, content));
        } catch (IllegalArgumentException e) {
            throw new CatalogFile.Unreadable(e.getMessage());
        }
        List<String> created = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        List<CatalogParser.Refusal> refused = new ArrayList<>(parsed.refused());
        for (CatalogRow row : parsed.rows()) {
            Optional<Procedure> current = catalog.find(row.code());
            boolean isNew = current.isEmpty();
            if (isNew || !differences(current.get(), row).isEmpty()) {
                Optional<String> refusal = target.refusal(row, isNew);
                if (refusal.isPresent()) {
                    refused.add(new CatalogParser.Refusal(row.row(), row.code(), refusal.get()));
                    continue;
                }
            }
            if (current.isEmpty()) {
                created.add(row.code());
                if (!dryRun) {
                    target.created(row);
                    log.record("PROCEDURE_IMPORTED", row.code(), null, row);
                }
                continue;
            }
            List<String> fields = differences(current.get(), row);
            if (fields.isEmpty()) {
                unchanged.add(row.code());
                continue;
            }
            changed.add(row.code());
            changes.add(new Change(row.code(), fields));
            if (!dryRun) {
                target.changed(row);
                log.record("PROCEDURE_IMPORTED", row.code(), current.get(), row);
            }
        }
        refused.sort(Comparator.comparingInt(CatalogParser.Refusal::row));
        return new Result(dryRun, created, changed, List.copyOf(refused), unchanged, changes);
    }

    /** The fields of the file that the catalog holds otherwise: name, timeLimit, fee, documents. */
    static List<String> differences(Procedure current, CatalogRow row) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(current.name(), row.name())) {
            fields.add("name");
        }
        CatalogTimeLimit limit = row.timeLimit();
        if (current.sameDay() != limit.sameDay()
                || !Objects.equals(current.processingDays(), limit.workingDays())
                || !Objects.equals(current.processingHours(), limit.workingHours())) {
            fields.add("timeLimit");
        }
        BigDecimal fee = current.fee() == null ? BigDecimal.ZERO : current.fee();
        if (fee.compareTo(row.fee().amountOrZero()) != 0) {
            fields.add("fee");
        }
        if (!current.documents().equals(row.documents())) {
            fields.add("documents");
        }
        return fields;
    }
}
