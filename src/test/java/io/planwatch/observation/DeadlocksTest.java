package io.planwatch.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A push chosen as a deadlock victim is done again, a bounded number of times; any other failure is not. */
class DeadlocksTest {

    private static RuntimeException deadlock() {
        return new IllegalStateException(
                "observation batch failed", new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
    }

    @Test
    void aDeadlockVictimIsRetriedUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = Deadlocks.retry(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "applied";
        });
        assertEquals("applied", result);
        assertEquals(3, attempts.get());
    }

    @Test
    void retriesStopAfterFourAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(
                IllegalStateException.class,
                () -> Deadlocks.retry(() -> {
                    attempts.incrementAndGet();
                    throw deadlock();
                }));
        assertEquals(4, attempts.get());
    }

    @Test
    void aLockWaitTimeoutAndOtherFailuresAreNotRetried() {
        for (RuntimeException failure : new RuntimeException[] {
            new IllegalStateException(new SQLException("Lock wait timeout exceeded", "HY000", 1205)),
            new IllegalArgumentException("a bug")
        }) {
            AtomicInteger attempts = new AtomicInteger();
            RuntimeException thrown = assertThrows(
                    RuntimeException.class,
                    () -> Deadlocks.retry(() -> {
                        attempts.incrementAndGet();
                        throw failure;
                    }));
            assertSame(failure, thrown);
            assertEquals(1, attempts.get());
        }
    }
}
