package vn.motcua.procedure.catalog;

import java.util.Optional;

/**
 * Where an import (dryRun=false) writes: called once a row, inside the import's one transaction, which also writes the
 * administration log: {@link VersionedCatalogImportTarget} writes versions through {@code ProcedureAdministration}.
 */
public interface CatalogImportTarget {

    /**
     * Why the office cannot take this row as it stands (a department kind that no unit has yet, say), for a dry run
     * and an import alike to refuse it; asked before {@link #created} or {@link #changed}, which then do not fail.
     */
    default Optional<String> refusal(CatalogRow row, boolean isNew) {
        return Optional.empty();
    }

    /** A code the catalog does not have yet. */
    void created(CatalogRow row);

    /** A code the catalog has, whose name, time limit, fee or documents differ. */
    void changed(CatalogRow row);
}
