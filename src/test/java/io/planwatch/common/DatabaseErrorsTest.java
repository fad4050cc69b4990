package io.planwatch.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which database failures, however wrapped, are conflicts to report or deadlocks to retry (MySQL and MariaDB codes). */
class DatabaseErrorsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                // error, deadlock (retry), lock conflict (503), duplicate (409), still referenced (409), missing
                // reference (409)
                Arguments.of(
                        "deadlock",
                        new SQLTransactionRollbackException("Deadlock found", "40001", 1213),
                        true,
                        true,
                        false,
                        false,
                        false),
                Arguments.of(
                        "lock wait timeout",
                        new SQLTransactionRollbackException("Lock wait timeout exceeded", "40001", 1205),
                        false,
                        true,
                        false,
                        false,
                        false),
                Arguments.of(
                        "lock wait timeout, HY000",
                        new SQLException("Lock wait timeout exceeded", "HY000", 1205),
                        false,
                        true,
                        false,
                        false,
                        false),
                Arguments.of(
                        "duplicate key",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062),
                        false,
                        false,
                        true,
                        false,
                        false),
                Arguments.of(
                        "row is referenced",
                        new SQLIntegrityConstraintViolationException("Cannot delete", "23000", 1451),
                        false,
                        false,
                        false,
                        true,
                        false),
                Arguments.of(
                        "no referenced row",
                        new SQLIntegrityConstraintViolationException("Cannot add", "23000", 1452),
                        false,
                        false,
                        false,
                        false,
                        true),
                Arguments.of(
                        "syntax error",
                        new SQLException("You have an error", "42000", 1064),
                        false,
                        false,
                        false,
                        false,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void classifiesTheFailureThroughItsWrappers(
            String name,
            SQLException cause,
            boolean deadlock,
            boolean lockConflict,
            boolean duplicate,
            boolean referenced,
            boolean missing) {
        Throwable wrapped =
                new IllegalStateException("observation batch failed", new PersistenceException("flush failed", cause));
        assertEquals(deadlock, DatabaseErrors.isDeadlock(wrapped), "deadlock");
        assertEquals(lockConflict, DatabaseErrors.isLockConflict(wrapped), "lock conflict");
        assertEquals(duplicate, DatabaseErrors.isDuplicateKey(wrapped), "duplicate key");
        assertEquals(referenced, DatabaseErrors.isStillReferenced(wrapped), "still referenced");
        assertEquals(missing, DatabaseErrors.isMissingReference(wrapped), "missing reference");
    }
}
