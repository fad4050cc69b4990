package io.planwatch.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: is the database answering? Probed every two seconds on a thread of its own, over a connection of its
 * own, and answered from the last probe without blocking: a readiness check that queued for the worker pool or the
 * connection pool would time out exactly when slow uploads or a burst of pushes fill them, and Kubernetes would
 * take every replica out of service at once. (Quarkus's own data-source check is off: it waits for a pooled
 * connection on a worker thread.)
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    private static final long PERIOD_MILLIS = 2_000;
    private static final int TIMEOUT_SECONDS = 2;

    private final String url;
    private final Optional<String> user;
    private final Optional<String> password;
    private ScheduledExecutorService probe;
    private Connection connection;
    private volatile String failure = "not probed yet";

    public DatabaseReadiness(
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        probe = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "database-readiness");
            t.setDaemon(true);
            return t;
        });
        probe.scheduleWithFixedDelay(this::probe, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (probe != null) {
            probe.shutdownNow();
        }
    }

    private void probe() {
        try {
            if (connection == null || !connection.isValid(TIMEOUT_SECONDS)) {
                close();
                Properties props = new Properties();
                user.ifPresent(u -> props.setProperty("user", u));
                password.ifPresent(p -> props.setProperty("password", p));
                props.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS * 1000));
                props.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS * 1000));
                connection = DriverManager.getConnection(url, props);
            }
            try (Statement s = connection.createStatement()) {
                s.setQueryTimeout(TIMEOUT_SECONDS);
                s.execute("SELECT 1");
            }
            failure = null;
        } catch (SQLException | RuntimeException e) {
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            close();
        }
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is being replaced
            }
            connection = null;
        }
    }

    /** Whether the last probe reached the database. */
    public boolean up() {
        return failure == null;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        String f = failure;
        return Uni.createFrom()
                .item(HealthCheckResponse.named("database")
                        .status(f == null)
                        .withData("reason", f == null ? "answering" : f)
                        .build());
    }
}
