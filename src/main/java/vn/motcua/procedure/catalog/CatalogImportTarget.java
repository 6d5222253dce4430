package vn.motcua.procedure.catalog;

/**
 * Where an import (dryRun=false) writes: called once a row, inside the import's one transaction, which also writes the
 * administration log. The seam is this small on purpose: today {@link CurrentCatalogImportTarget} writes through
 * {@code ProcedureCatalog}; the database-backed, versioned catalog (ProcedureAdministration) takes its place by
 * providing another bean of this type.
 */
public interface CatalogImportTarget {

    /** A code the catalog does not have yet. */
    void created(CatalogRow row);

    /** A code the catalog has, whose name, time limit, fee or documents differ. */
    void changed(CatalogRow row);
}
