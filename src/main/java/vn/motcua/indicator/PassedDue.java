package vn.motcua.indicator;

/** The dossiers that passed their due instant in a period while in handling, and of those the ones without apology. */
record PassedDue(long passedDue, long lateWithoutApology) {}
