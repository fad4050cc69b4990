package io.planwatch.evaluation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The version of everything an evaluation reads, one counter in the database (V51) so that several replicas agree:
 * a write bumps it in its own transaction, as its last statement, so the row is held only while the write commits.
 *
 * <p>Concurrent reads share the database's answer: a caller takes the last value read if that read started after the
 * caller arrived (so it sees every write committed before, on any replica), else it reads itself, one reader at a
 * time. Thirty-two dashboards polling at once cost a few round trips and one pool connection, not thirty-two.
 */
@ApplicationScoped
public class DataVersion {

    private static final String READ = "SELECT version FROM data_version WHERE id = 1";
    private static final String BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1";

    private final AgroalDataSource dataSource;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Read last;

    /**
     * A value of the counter, or the failure to read it, and when the attempt started ({@link System#nanoTime()}): a
     * caller that waited for a read that failed (the pool exhausted, the database away) fails with it rather than
     * waiting as long again for its own.
     */
    private record Read(long version, IllegalStateException failure, long startedAt) {
        long value() {
            if (failure != null) {
                throw failure;
            }
            return version;
        }

        boolean startedSince(long nanoTime) {
            return startedAt - nanoTime >= 0;
        }
    }

    public DataVersion(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Bumps the version in the caller's transaction (the connection enlisted in it). */
    public void bump() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(BUMP)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot bump the data version: " + e.getMessage(), e);
        }
    }

    /** The version committed when the call began, read outside any transaction (or by a read that began since). */
    long current() {
        long arrived = System.nanoTime();
        Read read;
        reading.lock();
        try {
            read = last;
            if (read == null || !read.startedSince(arrived)) {
                long started = System.nanoTime();
                try (Connection c = dataSource.getConnection()) {
                    read = new Read(read(c), null, started);
                } catch (SQLException e) {
                    read = new Read(
                            0,
                            new IllegalStateException("cannot read the data version: " + e.getMessage(), e),
                            started);
                }
                last = read;
            }
        } finally {
            reading.unlock();
        }
        return read.value();
    }

    /** The version as the connection's transaction sees it. */
    static long read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
