package vn.motcua.dossier;

/**
 * Published, inside the step's own transaction, for every line written on a dossier's timeline. Listeners that
 * keep derived figures (the indicator rollup) update them in the same transaction, so they never drift from the
 * dossiers: if the step rolls back, so does their update.
 */
public record DossierStepRecorded(DossierEvent event) {}
