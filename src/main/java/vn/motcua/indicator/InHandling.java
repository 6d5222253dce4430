package vn.motcua.indicator;

/**
 * The dossiers of a scope's group ({@code ""} when the scope is not grouped) in handling now (PROCESSING or
 * SUSPENDED): all, the SUSPENDED ones, those overdue at the scope's {@code asOf}, and those that passed their due
 * instant in a window (with and without apology).
 */
record InHandling(
        String groupKey, long inHandling, long suspended, long overdue, long passedDue, long lateWithoutApology) {

    static InHandling none(String groupKey) {
        return new InHandling(groupKey, 0, 0, 0, 0, 0);
    }
}
