package vn.motcua.forecast;

/** One agency of a dossier's chain and its share of the limit ({@code null}: none set). */
record ChainStep(long dossierId, int position, String departmentCode, Integer shareDays, Integer shareHours) {}
