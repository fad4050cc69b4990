package io.planwatch.observation;

import io.agroal.api.AgroalDataSource;
import io.planwatch.common.FieldError;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.observation.RowValidator.NaturalKey;
import io.planwatch.observation.RowValidator.ValidRow;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The batch write path: set-based JDBC inside the caller's transaction, never one ORM entity per row.
 *
 * <p>Every key of the batch is first inserted-or-locked in key order ({@code INSERT … ON DUPLICATE KEY UPDATE
 * id = id}), so concurrent pushes of overlapping rows queue on the same row locks in the same order instead of
 * deadlocking or inserting twice. Rows this push inserted carry its push id; for the others the locked current
 * values decide between unchanged, updated and rejected, and only the changed ones are written. A dry run reads
 * the same current values without inserting or locking anything.
 */
@ApplicationScoped
public class ObservationImporter {

    private static final int CHUNK = 1000;

    private static final String INSERT_OR_LOCK = """
            INSERT INTO observation (indicator_id, jurisdiction_id, period, disaggregation, obs_value, status, department_id,
                                     source, note, last_push_id, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
            ON DUPLICATE KEY UPDATE id = id""";

    private static final String UPDATE = """
            UPDATE observation SET obs_value = ?, status = ?, department_id = ?, source = ?, note = ?, last_push_id = ?,
                                   version = version + 1, updated_at = ?
            WHERE id = ?""";

    private static final String REVISION = """
            INSERT INTO observation_revision (observation_id, push_id, old_value, new_value, old_status, new_status, department_id,
                                              note, source, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;

    public ObservationImporter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The counts of one batch and the rows refused against the stored values (a FINAL value protected). */
    record Outcome(int created, int updated, int unchanged, List<FieldError> rejections) {
    }

    private record Current(long id, BigDecimal value, ObservationStatus status, Long departmentId, String note, long lastPushId) {
    }

    /** A revision to append: the old value and status (null for a creation) and the row's new state. */
    private record Change(long observationId, BigDecimal oldValue, ObservationStatus oldStatus, ValidRow row) {
    }

    private enum Verdict { UNCHANGED, PROTECTED, CHANGED }

    Outcome apply(long pushId, String source, List<ValidRow> rows) {
        List<ValidRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(ValidRow::key, KEY_ORDER));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            insertOrLock(c, pushId, source, sorted, now);
            Map<NaturalKey, Current> current = read(c, sorted);
            int created = 0;
            int unchanged = 0;
            List<FieldError> rejections = new ArrayList<>();
            List<ValidRow> changed = new ArrayList<>();
            List<Change> revisions = new ArrayList<>();
            for (ValidRow row : sorted) {
                Current cur = current.get(row.key());
                if (cur.lastPushId() == pushId) {
                    created++;
                    revisions.add(new Change(cur.id(), null, null, row));
                    continue;
                }
                switch (judge(cur, row, rejections)) {
                    case UNCHANGED -> unchanged++;
                    case CHANGED -> {
                        changed.add(row);
                        revisions.add(new Change(cur.id(), cur.value(), cur.status(), row));
                    }
                    case PROTECTED -> { }
                }
            }
            update(c, pushId, source, changed, current, now);
            appendRevisions(c, pushId, source, revisions, now);
            return new Outcome(created, changed.size(), unchanged, rejections);
        } catch (SQLException e) {
            throw new IllegalStateException("observation batch failed: " + e.getMessage(), e);
        }
    }

    /** What {@link #apply} would do, read without inserting or locking: the answer of a dry run. */
    Outcome preview(List<ValidRow> rows) {
        try (Connection c = dataSource.getConnection()) {
            Map<NaturalKey, Current> current = read(c, rows);
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<FieldError> rejections = new ArrayList<>();
            for (ValidRow row : rows) {
                Current cur = current.get(row.key());
                if (cur == null) {
                    created++;
                    continue;
                }
                switch (judge(cur, row, rejections)) {
                    case UNCHANGED -> unchanged++;
                    case CHANGED -> updated++;
                    case PROTECTED -> { }
                }
            }
            return new Outcome(created, updated, unchanged, rejections);
        } catch (SQLException e) {
            throw new IllegalStateException("observation dry run failed: " + e.getMessage(), e);
        }
    }

    /**
     * Unchanged when value, status, department and note are all as stored (a FINAL value re-sent as PROVISIONAL
     * too); any other difference to a FINAL value from a PROVISIONAL row is refused, since only a FINAL correction
     * may replace a published figure.
     */
    private static Verdict judge(Current cur, ValidRow row, List<FieldError> rejections) {
        boolean finalResentAsProvisional = cur.status() == ObservationStatus.FINAL && row.status() == ObservationStatus.PROVISIONAL;
        boolean sameState = cur.value().compareTo(row.value()) == 0
                && Objects.equals(cur.departmentId(), row.departmentId()) && Objects.equals(cur.note(), row.note());
        if (sameState && (cur.status() == row.status() || finalResentAsProvisional)) {
            return Verdict.UNCHANGED;
        }
        if (finalResentAsProvisional) {
            rejections.add(new FieldError(row.index(), "status", "FINAL_VALUE_PROTECTED", "the stored value "
                    + cur.value().stripTrailingZeros().toPlainString() + " is FINAL; a PROVISIONAL row cannot change it"
                    + " (its value, note or department). Send the correction with status FINAL"));
            return Verdict.PROTECTED;
        }
        return Verdict.CHANGED;
    }

    private static void insertOrLock(Connection c, long pushId, String source, List<ValidRow> rows, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_OR_LOCK)) {
            int n = 0;
            for (ValidRow r : rows) {
                ps.setLong(1, r.indicatorId());
                ps.setLong(2, r.jurisdictionId());
                ps.setInt(3, r.period());
                ps.setString(4, r.disaggregation());
                ps.setBigDecimal(5, r.value());
                ps.setString(6, r.status().name());
                setLong(ps, 7, r.departmentId());
                ps.setString(8, source);
                ps.setString(9, r.note());
                ps.setLong(10, pushId);
                ps.setTimestamp(11, now);
                ps.setTimestamp(12, now);
                ps.addBatch();
                if (++n % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static Map<NaturalKey, Current> read(Connection c, List<ValidRow> rows) throws SQLException {
        Map<NaturalKey, Current> current = new HashMap<>(rows.size() * 2);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ValidRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("""
                    SELECT id, indicator_id, jurisdiction_id, period, disaggregation, obs_value, status, department_id, note, last_push_id
                    FROM observation WHERE (indicator_id, jurisdiction_id, period, disaggregation) IN (""");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
            }
            sql.append(')');
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (ValidRow r : chunk) {
                    ps.setLong(p++, r.indicatorId());
                    ps.setLong(p++, r.jurisdictionId());
                    ps.setInt(p++, r.period());
                    ps.setString(p++, r.disaggregation());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long department = rs.getLong(8);
                        Long departmentId = rs.wasNull() ? null : department;
                        current.put(new NaturalKey(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5)),
                                new Current(rs.getLong(1), rs.getBigDecimal(6), ObservationStatus.valueOf(rs.getString(7)), departmentId,
                                        rs.getString(9), rs.getLong(10)));
                    }
                }
            }
        }
        return current;
    }

    private static void update(Connection c, long pushId, String source, List<ValidRow> changed, Map<NaturalKey, Current> current,
                               Timestamp now) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            int n = 0;
            for (ValidRow r : changed) {
                ps.setBigDecimal(1, r.value());
                ps.setString(2, r.status().name());
                setLong(ps, 3, r.departmentId());
                ps.setString(4, source);
                ps.setString(5, r.note());
                ps.setLong(6, pushId);
                ps.setTimestamp(7, now);
                ps.setLong(8, current.get(r.key()).id());
                ps.addBatch();
                if (++n % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void appendRevisions(Connection c, long pushId, String source, List<Change> revisions, Timestamp now) throws SQLException {
        if (revisions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(REVISION)) {
            int n = 0;
            for (Change r : revisions) {
                ps.setLong(1, r.observationId());
                ps.setLong(2, pushId);
                ps.setBigDecimal(3, r.oldValue());
                ps.setBigDecimal(4, r.row().value());
                ps.setString(5, r.oldStatus() == null ? null : r.oldStatus().name());
                ps.setString(6, r.row().status().name());
                setLong(ps, 7, r.row().departmentId());
                ps.setString(8, r.row().note());
                ps.setString(9, source);
                ps.setTimestamp(10, now);
                ps.addBatch();
                if (++n % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static final Comparator<NaturalKey> KEY_ORDER = Comparator.comparingLong(NaturalKey::indicatorId)
            .thenComparingLong(NaturalKey::jurisdictionId)
            .thenComparingInt(NaturalKey::period)
            .thenComparing(NaturalKey::disaggregation);

    static ProblemException tooLarge(int rows, int max) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the batch has " + rows + " rows; at most " + max
                + " are accepted in one push: split it into batches");
    }
}
