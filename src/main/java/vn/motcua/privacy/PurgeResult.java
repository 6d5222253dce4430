package vn.motcua.privacy;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a run of the retention rule found or erased: the closed dossiers older than the retention, at most the first
 * 100 of their codes, and whether anything was changed.
 */
public record PurgeResult(
        boolean dryRun, String retention, OffsetDateTime closedBefore, int dossiers, List<String> codes) {}
