package io.planwatch.evaluation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The version of everything an evaluation reads, one counter in the database (V51) so that several replicas agree:
 * a write bumps it in its own transaction, as its last statement, so the row is held only while the write commits.
 */
@ApplicationScoped
public class DataVersion {

    private static final String READ = "SELECT version FROM data_version WHERE id = 1";
    private static final String BUMP = "UPDATE data_version SET version = version + 1 WHERE id = 1";

    private final AgroalDataSource dataSource;

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

    /** The last committed version, read outside any transaction. */
    long current() {
        try (Connection c = dataSource.getConnection()) {
            return read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data version: " + e.getMessage(), e);
        }
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
