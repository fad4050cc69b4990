package io.planwatch.observation;

import io.planwatch.common.DatabaseErrors;
import io.planwatch.common.Meters;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Retries a whole push transaction that the database chose as a deadlock victim, or that found part of its own work
 * undone ({@link TransactionUndone}).
 * Keys are locked in one order, which rules out deadlocks between pushes on MariaDB; MySQL 8 can still take gap
 * locks when concurrent pushes insert neighbouring new keys, and the victim's work is undone entirely, so doing it
 * again is safe.
 */
final class Deadlocks {

    private static final Logger LOG = Logger.getLogger(Deadlocks.class);
    private static final int ATTEMPTS = 4;

    private Deadlocks() {}

    static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                TransactionUndone undoneBy = undone(e);
                boolean undone = undoneBy != null;
                if (undone) {
                    LOG.warnf(
                            "push transaction found part of its work undone and rolled back (attempt %d of %d): %s",
                            attempt, ATTEMPTS, undoneBy.reason);
                }
                boolean retryable = undone || DatabaseErrors.isDeadlock(e);
                if (attempt == ATTEMPTS && retryable) {
                    LOG.errorf(
                            "push transaction gave up after %d attempts, answered 503 with nothing written: %s",
                            ATTEMPTS, undone ? undoneBy.reason : e.getMessage());
                }
                if (attempt == ATTEMPTS || !retryable) {
                    throw e;
                }
                Meters.pushRetried(undone ? "undone" : "deadlock");
                if (!undone) {
                    LOG.warnf(
                            "push transaction chosen as a deadlock victim (attempt %d of %d), retrying: %s",
                            attempt, ATTEMPTS, e.getMessage());
                }
                pause(attempt);
            }
        }
    }

    private static TransactionUndone undone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransactionUndone undone) {
                return undone;
            }
        }
        return null;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(25L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a push", e);
        }
    }
}
