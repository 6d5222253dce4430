package vn.motcua.procedure.catalog;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Imports into today's catalog: a new code becomes a procedure handled as its field maps (one agency: the department,
 * on the fixed unit if any); a changed one keeps how the office handles it (model, agencies, resolving units) and takes
 * the name, field, level, time limit, fee, documents and legal basis of the file.
 */
@Component
class CurrentCatalogImportTarget implements CatalogImportTarget {

    private final ProcedureCatalog catalog;

    CurrentCatalogImportTarget(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void created(CatalogRow row) {
        CatalogTimeLimit limit = row.timeLimit();
        Procedure.Agency agency =
                new Procedure.Agency(row.unit(), row.department(), limit.workingDays(), limit.workingHours());
        catalog.register(procedure(row, row.processKey(), List.of(agency), Procedure.defaultResolvers(row.level())));
    }

    @Override
    public void changed(CatalogRow row) {
        Procedure current = catalog.get(row.code());
        catalog.register(procedure(row, current.processKey(), current.agencies(), current.resolvedBy()));
    }

    private static Procedure procedure(
            CatalogRow row,
            String processKey,
            List<Procedure.Agency> agencies,
            List<vn.motcua.office.UnitKind> resolvedBy) {
        CatalogTimeLimit limit = row.timeLimit();
        return new Procedure(
                row.code(),
                row.name(),
                row.field(),
                row.level(),
                limit.workingDays(),
                limit.workingHours(),
                limit.sameDay(),
                row.fee().amountOrZero(),
                processKey,
                row.legalBasis(),
                agencies,
                row.documents(),
                resolvedBy);
    }
}
