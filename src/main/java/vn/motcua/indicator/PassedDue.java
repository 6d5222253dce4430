package vn.motcua.indicator;

/**
 * The dossiers that passed their due instant in a period while in handling, and of those the ones without apology, in
 * one group of a scope ({@code ""} when the scope is not grouped).
 */
record PassedDue(String groupKey, long passedDue, long lateWithoutApology) {}
