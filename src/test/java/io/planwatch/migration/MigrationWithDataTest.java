package io.planwatch.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.EmbeddedMariaDbResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/**
 * The migrations after V7 run on tables that already hold data, as they will on a database the first release
 * filled, and keep it: instants stay the same instants even when the migrating session is not in UTC, codes stay
 * unique and become exact, revisions gain their new columns. Its own database on the tests' server, so that it
 * starts at V7.
 */
class MigrationWithDataTest {

    @Test
    void laterMigrationsKeepTheDataAndItsInstants() throws Exception {
        String url = EmbeddedMariaDbResource.separateDatabase("planwatch_migration");
        // The migrating session in China Standard Time: a TIMESTAMP → DATETIME conversion would shift by 8 hours
        // unless the migration sets UTC itself.
        String beijing = url + "&sessionVariables=time_zone='%2B08:00'";
        Flyway.configure()
                .dataSource(beijing, "root", "")
                .locations("classpath:db/migration")
                .target("7")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url + "&sessionVariables=time_zone='%2B00:00'", "root", "");
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "INSERT INTO jurisdiction (id, code, name, level, created_at, updated_at) VALUES (1, '450223', '鹿寨县', 'COUNTY',"
                            + " '2026-03-01 08:00:00.123456', '2026-03-01 08:00:00.123456')");
            s.executeUpdate(
                    "INSERT INTO department (id, code, name, jurisdiction_id) VALUES (1, '450223-WJ', '卫健局', 1)");
            s.executeUpdate(
                    "INSERT INTO indicator (id, code, name, unit, polarity) VALUES (1, 'CH-HEALTH-IMR', '婴儿死亡率', 'PER_MILLE', 'LOWER_IS_BETTER')");
            s.executeUpdate(
                    "INSERT INTO observation_push (id, source, idempotency_key, received, pushed_at) VALUES (1, 'wjw-mis', 'k-2023', 1,"
                            + " '2026-03-01 08:00:00.123456')");
            s.executeUpdate(
                    "INSERT INTO observation (id, indicator_id, jurisdiction_id, period, obs_value, status, department_id, source, last_push_id,"
                            + " created_at, updated_at) VALUES (1, 1, 1, 2023, 2.41, 'FINAL', 1, 'wjw-mis', 1, '2026-03-01 08:00:00.123456', '2026-03-01 08:00:00.123456')");
            s.executeUpdate(
                    "INSERT INTO observation_revision (observation_id, push_id, new_value, new_status, source, changed_at)"
                            + " VALUES (1, 1, 2.41, 'FINAL', 'wjw-mis', '2026-03-01 08:00:00.123456')");
        }

        Flyway later = Flyway.configure()
                .dataSource(beijing, "root", "")
                .locations("classpath:db/migration")
                .load();
        later.migrate();
        assertTrue(
                Arrays.stream(later.info().all()).allMatch(m -> m.getState() == MigrationState.SUCCESS),
                "every migration applied: " + Arrays.toString(later.info().all()));

        try (Connection c = DriverManager.getConnection(url + "&sessionVariables=time_zone='%2B00:00'", "root", "");
                Statement s = c.createStatement()) {
            assertEquals(
                    "2026-03-01 08:00:00.123456",
                    text(s, "SELECT CAST(created_at AS CHAR) FROM jurisdiction WHERE id = 1"));
            assertEquals(
                    "2026-03-01 08:00:00.123456",
                    text(s, "SELECT CAST(pushed_at AS CHAR) FROM observation_push WHERE id = 1"));
            assertEquals(
                    "2026-03-01 08:00:00.123456",
                    text(s, "SELECT CAST(updated_at AS CHAR) FROM observation WHERE id = 1"));
            assertEquals(
                    "2026-03-01 08:00:00.123456",
                    text(s, "SELECT CAST(changed_at AS CHAR) FROM observation_revision WHERE observation_id = 1"));
            assertEquals(
                    "datetime",
                    text(
                            s,
                            "SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                                    + " AND TABLE_NAME = 'observation' AND COLUMN_NAME = 'created_at'"));
            // codes are exact now: another case is another code, the same code is still refused
            s.executeUpdate("INSERT INTO department (code, name, jurisdiction_id) VALUES ('450223-wj', '小写', 1)");
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "INSERT INTO department (code, name, jurisdiction_id) VALUES ('450223-WJ', '重复', 1)"));
            // keys belong to the caller now (V20); those from before stay unique per source, under "source:<source>"
            assertEquals(
                    "source:wjw-mis",
                    text(s, "SELECT actor_subject FROM observation_push WHERE idempotency_key = 'k-2023'"));
            s.executeUpdate("INSERT INTO observation_push (source, actor_subject, idempotency_key, received, pushed_at)"
                    + " VALUES ('wjw-mis', 'tjj-system', 'k-2023', 1, UTC_TIMESTAMP(6))");
            assertThrows(
                    SQLException.class,
                    () -> s.executeUpdate(
                            "INSERT INTO observation_push (source, actor_subject, idempotency_key, received,"
                                    + " pushed_at) VALUES ('other-mis', 'tjj-system', 'k-2023', 1, UTC_TIMESTAMP(6))"));
            assertEquals(
                    "1",
                    text(s, "SELECT COUNT(*) FROM observation_revision WHERE department_id IS NULL AND note IS NULL"));
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
