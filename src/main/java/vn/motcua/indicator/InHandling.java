package vn.motcua.indicator;

/** The dossiers of a scope in handling now (PROCESSING or SUSPENDED), and of those the SUSPENDED ones. */
record InHandling(long inHandling, long suspended) {}
