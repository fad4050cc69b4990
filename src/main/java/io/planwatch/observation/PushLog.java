package io.planwatch.observation;

import io.agroal.api.AgroalDataSource;
import io.planwatch.common.DatabaseErrors;
import io.planwatch.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** The record of every push: who pushed (the token's subject and department), what it did, and the answer replayed for a repeated Idempotency-Key. */
@ApplicationScoped
public class PushLog {

    record Stored(long id, String requestHash, String summary) {}

    /** Thrown when another push already holds the Idempotency-Key. */
    static class KeyTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KeyTaken(Throwable cause) {
            super(cause);
        }
    }

    private final AgroalDataSource dataSource;

    public PushLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    long open(String source, Actor actor, String idempotencyKey, String requestHash, int received) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                     INSERT INTO observation_push (source, actor_subject, actor_department, idempotency_key, request_hash, received, pushed_at)
                     VALUES (?, ?, ?, ?, ?, ?, UTC_TIMESTAMP(6))""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, source);
            ps.setString(2, actor.subject());
            ps.setString(3, actor.department());
            ps.setString(4, idempotencyKey);
            ps.setString(5, requestHash);
            ps.setInt(6, received);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (idempotencyKey != null && DatabaseErrors.isDuplicateKey(e)) {
                throw new KeyTaken(e);
            }
            throw new IllegalStateException(e);
        }
    }

    void close(long id, ImportSummary s, String summaryJson) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "UPDATE observation_push SET created = ?, updated = ?, unchanged = ?, rejected = ?, summary = ? WHERE id = ?")) {
            ps.setInt(1, s.created());
            ps.setInt(2, s.updated());
            ps.setInt(3, s.unchanged());
            ps.setInt(4, s.rejected());
            ps.setString(5, summaryJson);
            ps.setLong(6, id);
            if (ps.executeUpdate() != 1) {
                throw new TransactionUndone("push " + id + " is no longer in its own transaction");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keys are scoped to the authenticated caller (the token's subject), not to the source a body names: two
     * departments may both use "2023-annual", and nobody can take another system's next key first.
     */
    Optional<Stored> find(Actor actor, String idempotencyKey) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id, request_hash, summary FROM observation_push WHERE actor_subject = ? AND idempotency_key = ?")) {
            ps.setString(1, actor.subject());
            ps.setString(2, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
