package io.planwatch.evaluation;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * Starts the current transaction at one consistent snapshot: an evaluation reads its plan, targets, observations
 * and assessments in several statements, and under the pool's READ COMMITTED each would see the pushes committed
 * until then, so a push landing between two of them would be seen in part. REPEATABLE READ started WITH
 * CONSISTENT SNAPSHOT sees every push whole or not at all (MariaDB and MySQL 8 alike). The pool resets the
 * isolation level when the connection returns.
 */
final class ConsistentRead {

    private ConsistentRead() {}

    /** Must come before the transaction's first statement. */
    static void start(EntityManager em, boolean readOnly) {
        em.unwrap(Session.class).doWork(c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement s = c.createStatement()) {
                s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT" + (readOnly ? ", READ ONLY" : ""));
            }
        });
    }
}
