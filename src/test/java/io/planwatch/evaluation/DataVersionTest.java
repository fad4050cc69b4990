package io.planwatch.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Concurrent reads of the data version share round trips, yet each sees every bump committed before it was called:
 * otherwise a dashboard could be served an answer older than a push that had already been acknowledged.
 */
@QuarkusTest
class DataVersionTest {

    @Inject
    DataVersion version;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyReadSeesTheBumpsCommittedBeforeItWhileOthersBumpAndRead() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(9);
        AtomicBoolean running = new AtomicBoolean(true);
        try {
            Future<?> bumper = pool.submit(() -> {
                while (running.get()) {
                    QuarkusTransaction.requiringNew().run(version::bump);
                }
            });
            for (int round = 0; round < 100; round++) {
                QuarkusTransaction.requiringNew().run(version::bump);
                long committed = QuarkusTransaction.requiringNew().call(this::readInTransaction);
                List<Future<Long>> reads = new ArrayList<>();
                for (int r = 0; r < 8; r++) {
                    reads.add(pool.submit(version::current));
                }
                for (Future<Long> read : reads) {
                    long seen = read.get();
                    assertTrue(
                            seen >= committed,
                            "round " + round + ": read " + seen + " after " + committed + " committed");
                }
            }
            running.set(false);
            bumper.get();
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }

    private long readInTransaction() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return DataVersion.read(c);
        }
    }
}
