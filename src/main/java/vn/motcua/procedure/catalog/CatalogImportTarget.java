package vn.motcua.procedure.catalog;

/**
 * Where an import (dryRun=false) writes: called once a row, inside the import's one transaction, which also writes the
 * administration log: {@link VersionedCatalogImportTarget} writes versions through {@code ProcedureAdministration}.
 */
public interface CatalogImportTarget {

    /** A code the catalog does not have yet. */
    void created(CatalogRow row);

    /** A code the catalog has, whose name, time limit, fee or documents differ. */
    void changed(CatalogRow row);
}
