package vn.motcua.indicator;

/**
 * The dossiers of a scope in handling now (PROCESSING or SUSPENDED): all, the SUSPENDED ones, those overdue at the
 * scope's {@code asOf}, and those that passed their due instant in a window (with and without apology).
 */
record InHandling(long inHandling, long suspended, long overdue, long passedDue, long lateWithoutApology) {}
