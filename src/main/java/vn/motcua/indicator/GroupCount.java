package vn.motcua.indicator;

/** A count of dossiers in one group of a scope ({@code ""} when the scope is not grouped). */
record GroupCount(String groupKey, long n) {}
