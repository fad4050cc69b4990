package io.planwatch.common;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Recognises the database errors a concurrent request can cause, through whatever wrapped them (Hibernate, the
 * transaction manager), so that they answer as what they are — a conflict the client can resolve or retry — and
 * not as a 500. MySQL and MariaDB share these error numbers.
 */
public final class DatabaseErrors {

    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final int ER_DUP_ENTRY = 1062;
    private static final int ER_ROW_IS_REFERENCED = 1451;
    private static final int ER_NO_REFERENCED_ROW = 1452;

    private DatabaseErrors() {}

    /** A deadlock victim or a lock wait that timed out: the transaction was undone and may simply be retried. */
    public static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == ER_LOCK_DEADLOCK
                            || sql.getErrorCode() == ER_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A deadlock victim only: the database undid the transaction at once, so doing it again is worth it. A lock wait
     * that timed out is not retried: it already waited innodb_lock_wait_timeout, and again would double that.
     */
    public static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getErrorCode() != ER_LOCK_WAIT_TIMEOUT
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached or no connection came free in time (the pool's acquisition timeout): nothing
     * of the request was committed, and the same request may succeed in a few seconds.
     */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
                            || (sql.getMessage() != null
                                    && sql.getMessage()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .contains("acquisition timeout")))) {
                return true;
            }
        }
        return false;
    }

    /** A unique key another request filled first (two creates of one code at the same moment). */
    public static boolean isDuplicateKey(Throwable e) {
        return hasErrorCode(e, ER_DUP_ENTRY);
    }

    /** A row another request started referring to between our check and our delete. */
    public static boolean isStillReferenced(Throwable e) {
        return hasErrorCode(e, ER_ROW_IS_REFERENCED);
    }

    /** A row we refer to that another request deleted between our check and our write. */
    public static boolean isMissingReference(Throwable e) {
        return hasErrorCode(e, ER_NO_REFERENCED_ROW);
    }

    private static boolean hasErrorCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }
}
