package io.planwatch.common;

import io.micrometer.core.instrument.Metrics;

/**
 * The service's own meters, served at {@code /q/metrics} (Prometheus) beside Quarkus' HTTP and JVM ones. Recorded on
 * Micrometer's global registry, which Quarkus fills with its registries, so the write path and the error mapper
 * record without carrying a registry around; outside Quarkus (a plain unit test) the global registry records
 * nothing.
 */
public final class Meters {

    private Meters() {}

    /**
     * One push answered, by source and outcome: applied, dry-run, replayed (Idempotency-Key), rejected (atomic,
     * nothing written). {@code planwatch_pushes_total}.
     */
    public static void push(String source, String outcome) {
        Metrics.counter("planwatch.pushes", "source", source, "outcome", outcome)
                .increment();
    }

    /** Rows of an applied push by outcome: created, updated, unchanged, rejected. {@code planwatch_push_rows_total}. */
    public static void rows(String source, String outcome, long count) {
        if (count > 0) {
            Metrics.counter("planwatch.push.rows", "source", source, "outcome", outcome)
                    .increment(count);
        }
    }

    /** A push transaction done again after a deadlock or after finding its work undone. {@code planwatch_push_retries_total}. */
    public static void pushRetried(String reason) {
        Metrics.counter("planwatch.push.retries", "reason", reason).increment();
    }

    /** A 503 answered. {@code planwatch_unavailable_responses_total}. */
    public static void unavailable() {
        Metrics.counter("planwatch.unavailable.responses").increment();
    }
}
