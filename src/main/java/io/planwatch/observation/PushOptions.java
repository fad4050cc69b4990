package io.planwatch.observation;

/**
 * How a push is applied, as its query parameters and headers say, whatever its body (JSON, CSV or XLSX).
 *
 * @param dryRun         validate and count, write nothing
 * @param atomic         all rows or none
 * @param idempotencyKey makes a retried push safe; null when not sent
 * @param overrideLocks  change values that period locks freeze (a plan owner of the locking plan, or an administrator)
 * @param overrideReason why, kept on every revision the override lets through; required with overrideLocks
 */
public record PushOptions(
        boolean dryRun, boolean atomic, String idempotencyKey, boolean overrideLocks, String overrideReason) {

    /** Without a lock override. */
    public static PushOptions of(boolean dryRun, boolean atomic, String idempotencyKey) {
        return new PushOptions(dryRun, atomic, idempotencyKey, false, null);
    }
}
