import io.planwatch.devdb.EmbeddedMariaDb;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * PlanWatch benchmark. Starts an embedded MariaDB 11.4 and the packaged jar (target/quarkus-app), then:
 * push — 100,000 generated observations in batches of 10,000 over HTTP: first insert, unchanged re-push, update
 *        (1 in 5 changed), each beside its floor: the same rows written by plain JDBC batches straight into the same
 *        tables of the same database (under jurisdictions of their own), and the ratio service/floor;
 * eval — a plan of 120 targets over 11 years and 20 townships: warm (cached) and 304 latencies, cold evaluation after a
 *        push that changes the data version, reads/s and p99 at 32 connections for 10 s; a city plan with 100
 *        implementing county plans of 110 targets each (implementing-plans/evaluation), warm and cold;
 * then the service's resident memory, and its start-up to the first answered request against the migrated database.
 * Prints a figures table and exits 0, having stopped the service and the database and deleted their files.
 * Bounded in rows, requests and time; talks to 127.0.0.1 only.
 */
public class Bench {

    static final int ROWS = 100_000;
    static final int BATCH = 10_000;
    /** The jar's JVM options, read from the k8s Deployment (PackagedJar); bench/Reliability runs it the same way. */
    static final List<String> JVM = PackagedJar.jvmOptions();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    static final String TOKEN = SignedTokens.token("bench", Set.of("admin"), null, null);
    static final List<String[]> FIGURES = new ArrayList<>();
    static String base;
    static String management;
    static String jdbc;
    static int appPort;
    static int managementPort;
    static Process app;

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "all";
        int code = 0;
        Path dir = null;
        EmbeddedMariaDb db = null;
        try {
            dir = Files.createTempDirectory("planwatch-bench-db");
            db = EmbeddedMariaDb.launch(freePort(), dir);
            jdbc = db.jdbcUrl();
            appPort = freePort();
            managementPort = freePort();
            base = "http://127.0.0.1:" + appPort;
            management = "http://127.0.0.1:" + managementPort;
            long firstStart = startApp();
            System.out.printf("PlanWatch bench — %d cores, MariaDB 11.4 embedded, jar: java %s (%s)%n", Runtime.getRuntime().availableProcessors(),
                    String.join(" ", JVM), jvmFlags());
            figure("start-up, first start (runs the migrations)", "%.2f s", firstStart / 1e9, "", "");
            if (what.equals("push") || what.equals("all")) {
                push();
            }
            if (what.equals("eval") || what.equals("all")) {
                evaluation();
                implementing();
            }
            long rss = rssMiB(app.pid());
            figure("resident memory (VmRSS) after the bench", "%d MiB", rss, "≤ 300 MiB", rss <= 300 ? "yes" : "no");
            stopApp();
            long second = startApp();
            figure("start-up to the first answered request (2nd start, migrated DB)", "%.2f s", second / 1e9, "≤ 2.5 s", second <= 2_500_000_000L ? "yes" : "no");
            stopApp();
            table();
        } catch (Throwable e) {
            e.printStackTrace();
            table();
            code = 1;
        } finally {
            try {
                stopApp();
            } catch (Exception e) {
                e.printStackTrace();
            }
            if (db != null) {
                try {
                    db.stop();
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }
            if (dir != null) {
                deleteTree(dir);
            }
        }
        System.exit(code);
    }

    // ---------------------------------------------------------------- push

    /** One generated row: indicator, township, year, age group and the value of each run. */
    record Row(int indicator, int township, int year, int group, String first, String changed) {
    }

    static void push() throws Exception {
        // 5 indicators × 20 townships × 1,000 keys of (year × disaggregation) = 100,000 natural keys, for the service
        // under county 460101 and for the floor under county 460103.
        post("/api/v1/jurisdictions", "{\"code\":\"460000\",\"name\":\"基准省\",\"level\":\"PROVINCE\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"460100\",\"name\":\"基准市\",\"level\":\"PREFECTURE\",\"parent\":\"460000\"}", 201, 409);
        for (String county : List.of("460101", "460103")) {
            post("/api/v1/jurisdictions", "{\"code\":\"" + county + "\",\"name\":\"基准县" + county + "\",\"level\":\"COUNTY\",\"parent\":\"460100\"}", 201, 409);
            for (int t = 0; t < 20; t++) {
                post("/api/v1/jurisdictions", String.format("{\"code\":\"%s%03d\",\"name\":\"基准镇%s-%d\",\"level\":\"TOWNSHIP\",\"parent\":\"%s\"}",
                        county, 100 + t, county, t, county), 201, 409);
            }
        }
        for (int i = 0; i < 5; i++) {
            post("/api/v1/indicators", String.format("{\"code\":\"BENCH-%d\",\"name\":\"基准指标%d\",\"unit\":\"PER_MILLE\",\"polarity\":\"LOWER_IS_BETTER\",\"dimensions\":[\"AGE_GROUP\"]}", i, i), 201, 409);
        }
        List<List<Row>> batches = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 5; i++) {
            for (int t = 0; t < 20; t++) {
                for (int year = 2000; year < 2025; year++) {
                    for (int g = 0; g < 40; g++) {
                        // every fifth value changes in the update run
                        rows.add(new Row(i, t, year, g, String.format("%d.%02d", 1 + (n % 50), n % 100),
                                String.format("%d.%02d", 1 + (n % 50) + (n % 5 == 0 ? 1 : 0), n % 100)));
                        if (++n % BATCH == 0) {
                            batches.add(rows);
                            rows = new ArrayList<>();
                        }
                    }
                }
            }
        }
        List<String> first = batches.stream().map(b -> json(b, false)).toList();
        List<String> changed = batches.stream().map(b -> json(b, true)).toList();
        System.out.printf("push: %,d rows in %d batches of %,d (%.1f MB of JSON per batch); floor: the same rows by plain JDBC batches%n", n,
                batches.size(), BATCH, first.get(0).length() / 1e6);
        try (Floor floor = new Floor()) {
            // service and floor alternate batch by batch, so both write into tables of the same size
            compare("first insert", first, "\"created\":" + BATCH, batches, floor::insert, 50_000, 0.8);
            floor.readIds();
            compare("unchanged re-push", first, "\"unchanged\":" + BATCH, batches, b -> floor.upsert(b, false), 100_000, 0);
            compare("update (1 in 5 changed)", changed, "\"updated\":" + BATCH / 5, batches, b -> floor.upsert(b, true), 40_000, 0);
            floor.clean();
        }
    }

    static String json(List<Row> batch, boolean changed) {
        StringBuilder s = new StringBuilder(batch.size() * 160).append("{\"source\":\"bench\",\"observations\":[");
        for (Row r : batch) {
            s.append(s.charAt(s.length() - 1) == '[' ? "" : ",").append(String.format(
                    "{\"indicator\":\"BENCH-%d\",\"jurisdiction\":\"460101%03d\",\"period\":\"%d\",\"disaggregation\":{\"AGE_GROUP\":\"G%02d\"},\"value\":%s,\"status\":\"FINAL\"}",
                    r.indicator(), 100 + r.township(), r.year(), r.group(), changed ? r.changed() : r.first()));
        }
        return s.append("]}").toString();
    }

    interface BatchWriter {
        void write(List<Row> batch) throws SQLException;
    }

    static void compare(String label, List<String> bodies, String expect, List<List<Row>> batches, BatchWriter floor, double goal, double ratioGoal)
            throws Exception {
        long service = 0;
        long floorNanos = 0;
        List<Long> latencies = new ArrayList<>();
        for (int b = 0; b < bodies.size(); b++) {
            long t0 = System.nanoTime();
            String answer = post("/api/v1/observations", bodies.get(b), 200);
            long t1 = System.nanoTime();
            latencies.add(t1 - t0);
            service += t1 - t0;
            if (!answer.contains(expect)) {
                throw new IllegalStateException(label + ": expected " + expect + " in " + answer.substring(0, Math.min(300, answer.length())));
            }
            long f0 = System.nanoTime();
            floor.write(batches.get(b));
            floorNanos += System.nanoTime() - f0;
        }
        Collections.sort(latencies);
        double rate = bodies.size() * BATCH / (service / 1e9);
        double floorRate = bodies.size() * BATCH / (floorNanos / 1e9);
        double ratio = rate / floorRate;
        boolean holds = rate >= goal && ratio >= ratioGoal;
        System.out.printf("  %-26s service %,8.0f rows/s (batch median %d ms, max %d ms)   floor %,8.0f rows/s   ratio %.2f%n", label, rate,
                latencies.get(latencies.size() / 2) / 1_000_000, latencies.get(latencies.size() - 1) / 1_000_000, floorRate, ratio);
        figure("push " + label, "%,.0f rows/s", rate, String.format("≥ %,.0f rows/s%s", goal, ratioGoal > 0 ? String.format(", ≥ %.1f × floor", ratioGoal) : ""),
                holds ? "yes" : "no");
        figure("  floor (plain JDBC batches) / ratio", "%s", String.format("%,.0f rows/s / %.2f", floorRate, ratio), "", "");
    }

    /**
     * The floor: the rows a push writes, written by plain JDBC into the same tables — a push record, the observations
     * by multi-row INSERT (rewriteBatchedStatements, 1,000 rows a statement) with their creation revisions by one
     * INSERT … SELECT, or by a multi-row INSERT … ON DUPLICATE KEY UPDATE and a revision for each changed value, and the
     * data version bumped — one transaction per batch of 10,000. No validation, no JSON, no locking reads.
     */
    static final class Floor implements AutoCloseable {
        final Connection c;
        final Map<Integer, Long> indicators = new HashMap<>();
        final Map<Integer, Long> townships = new HashMap<>();
        final Map<String, Long> ids = new HashMap<>();
        long county;

        Floor() throws SQLException {
            c = DriverManager.getConnection(jdbc, "root", "");
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, code FROM indicator WHERE code LIKE 'BENCH-%'")) {
                while (rs.next()) {
                    indicators.put(Integer.parseInt(rs.getString(2).substring(6)), rs.getLong(1));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, code FROM jurisdiction WHERE code LIKE '460103%'")) {
                while (rs.next()) {
                    if (rs.getString(2).length() == 6) {
                        county = rs.getLong(1);
                    } else {
                        townships.put(Integer.parseInt(rs.getString(2).substring(6)) - 100, rs.getLong(1));
                    }
                }
            }
            c.setAutoCommit(false);
        }

        long openPush() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO observation_push (source, actor_subject, received, pushed_at) VALUES ('bench-floor', 'bench', ?, UTC_TIMESTAMP(6))",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setInt(1, BATCH);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        void closePush(long push, int created, int updated, int unchanged) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("UPDATE observation_push SET created = ?, updated = ?, unchanged = ? WHERE id = ?");
                 Statement s = c.createStatement()) {
                ps.setInt(1, created);
                ps.setInt(2, updated);
                ps.setInt(3, unchanged);
                ps.setLong(4, push);
                ps.executeUpdate();
                s.executeUpdate("UPDATE data_version SET version = version + 1 WHERE id = 1");
            }
            c.commit();
        }

        void insert(List<Row> batch) throws SQLException {
            long push = openPush();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO observation (indicator_id, jurisdiction_id, period, disaggregation, obs_value, status, department_id,
                                             source, note, last_push_id, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 'FINAL', NULL, 'bench-floor', NULL, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""")) {
                int n = 0;
                for (Row r : batch) {
                    key(ps, r);
                    ps.setBigDecimal(5, new java.math.BigDecimal(r.first()));
                    ps.setLong(6, push);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO observation_revision (observation_id, push_id, old_value, new_value, old_status, new_status, department_id,
                                                      note, source, changed_at)
                    SELECT id, last_push_id, NULL, obs_value, NULL, status, department_id, note, source, created_at
                    FROM observation WHERE last_push_id = ?""")) {
                ps.setLong(1, push);
                ps.executeUpdate();
            }
            closePush(push, batch.size(), 0, 0);
        }

        void key(PreparedStatement ps, Row r) throws SQLException {
            ps.setLong(1, indicators.get(r.indicator()));
            ps.setLong(2, townships.get(r.township()));
            ps.setInt(3, r.year());
            ps.setString(4, String.format("AGE_GROUP=G%02d", r.group()));
        }

        static String keyOf(long indicator, long jurisdiction, int period, String disaggregation) {
            return indicator + "/" + jurisdiction + "/" + period + "/" + disaggregation;
        }

        /** The ids of the floor's rows, for the revisions of changed values (read once, outside the timings). */
        void readIds() throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT o.id, o.indicator_id, o.jurisdiction_id, o.period, o.disaggregation FROM observation o JOIN jurisdiction j ON j.id = o.jurisdiction_id"
                            + " WHERE j.code LIKE '460103%'")) {
                while (rs.next()) {
                    ids.put(keyOf(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5)), rs.getLong(1));
                }
            }
            c.commit();
        }

        /** The batch as an upsert; in the changed run, with a revision for each value that changed (old value known). */
        void upsert(List<Row> batch, boolean changed) throws SQLException {
            long push = openPush();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO observation (indicator_id, jurisdiction_id, period, disaggregation, obs_value, status, department_id,
                                             source, note, last_push_id, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, 'FINAL', NULL, 'bench-floor', NULL, ?, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                    ON DUPLICATE KEY UPDATE
                        last_push_id = IF(obs_value = VALUES(obs_value), last_push_id, VALUES(last_push_id)),
                        version = IF(obs_value = VALUES(obs_value), version, version + 1),
                        updated_at = IF(obs_value = VALUES(obs_value), updated_at, VALUES(updated_at)),
                        obs_value = VALUES(obs_value)""")) {
                int n = 0;
                for (Row r : batch) {
                    key(ps, r);
                    ps.setBigDecimal(5, new java.math.BigDecimal(changed ? r.changed() : r.first()));
                    ps.setLong(6, push);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            int updated = 0;
            if (changed) {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO observation_revision (observation_id, push_id, old_value, new_value, old_status, new_status, department_id,
                                                          note, source, changed_at)
                        VALUES (?, ?, ?, ?, 'FINAL', 'FINAL', NULL, NULL, 'bench-floor', UTC_TIMESTAMP(6))""")) {
                    for (Row r : batch) {
                        if (!r.first().equals(r.changed())) {
                            ps.setLong(1, ids.get(keyOf(indicators.get(r.indicator()), townships.get(r.township()), r.year(),
                                    String.format("AGE_GROUP=G%02d", r.group()))));
                            ps.setLong(2, push);
                            ps.setBigDecimal(3, new java.math.BigDecimal(r.first()));
                            ps.setBigDecimal(4, new java.math.BigDecimal(r.changed()));
                            ps.addBatch();
                            if (++updated % 1000 == 0) {
                                ps.executeBatch();
                            }
                        }
                    }
                    ps.executeBatch();
                }
            }
            closePush(push, 0, updated, batch.size() - updated);
        }

        /** Removes the floor's rows, revisions and pushes, so that the rest of the bench reads the service's data alone. */
        void clean() throws SQLException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE r FROM observation_revision r JOIN observation o ON o.id = r.observation_id WHERE o.source = 'bench-floor'");
                s.executeUpdate("DELETE FROM observation WHERE source = 'bench-floor'");
                s.executeUpdate("DELETE FROM observation_push WHERE source = 'bench-floor'");
            }
            c.commit();
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    // ---------------------------------------------------------------- evaluation

    static void evaluation() throws Exception {
        post("/api/v1/jurisdictions", "{\"code\":\"460000\",\"name\":\"基准省\",\"level\":\"PROVINCE\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"460100\",\"name\":\"基准市\",\"level\":\"PREFECTURE\",\"parent\":\"460000\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"460102\",\"name\":\"评估县\",\"level\":\"COUNTY\",\"parent\":\"460100\"}", 201, 409);
        for (int t = 0; t < 20; t++) {
            post("/api/v1/jurisdictions", String.format("{\"code\":\"460102%03d\",\"name\":\"评估镇%d\",\"level\":\"TOWNSHIP\",\"parent\":\"460102\"}", 100 + t, t), 201, 409);
        }
        post("/api/v1/plans", "{\"code\":\"bench-eval\",\"title\":\"基准评估规划\",\"jurisdiction\":\"460102\",\"population\":\"CHILDREN\",\"periodStart\":2021,\"periodEnd\":2030,\"baselineYear\":2020,\"midtermYear\":2025}", 201, 409);
        for (int d = 1; d <= 6; d++) {
            post("/api/v1/plans/bench-eval/domains", "{\"order\":" + d + ",\"name\":\"领域" + d + "\"}", 201, 409);
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            post("/api/v1/indicators", indicator(i), 201, 409);
            post("/api/v1/plans/bench-eval/targets", target(i, i % 4 == 0 ? ",\"scope\":{\"type\":\"EACH\",\"level\":\"TOWNSHIP\"}" : ""), 201);
            for (int year = 2015; year <= 2025; year++) {
                for (int t = -1; t < 20; t++) {
                    String jur = t < 0 ? "460102" : String.format("460102%03d", 100 + t);
                    rows.append(rows.isEmpty() ? "" : ",").append(observation(i, jur, year, t));
                }
            }
            if (i % 30 == 29) {
                post("/api/v1/observations", "{\"source\":\"bench\",\"observations\":[" + rows + "]}", 200);
                rows.setLength(0);
            }
        }
        String path = "/api/v1/plans/bench-eval/evaluation?asOf=2025";
        System.out.println("eval: plan of 120 targets (30 of them EACH over 20 townships), 11 years, 27,720 observations");
        for (int i = 0; i < 10; i++) {
            get(path, null);
        }
        List<Long> warm = new ArrayList<>();
        String etag = null;
        int bytes = 0;
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(path, null);
            warm.add(System.nanoTime() - t0);
            expect(r, 200);
            etag = r.headers().firstValue("ETag").orElse(null);
            bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        Collections.sort(warm);
        System.out.printf("  warm evaluation (cached), 200 sequential calls: median %.1f ms, p99 %.1f ms, max %.1f ms; %,d bytes of JSON%n",
                ms(warm, 0.5), ms(warm, 0.99), ms(warm, 1), bytes);
        figure("warm plan evaluation p50 / p99", "%s", String.format("%.1f / %.1f ms", ms(warm, 0.5), ms(warm, 0.99)), "p99 ≤ 25 ms", ms(warm, 0.99) <= 25 ? "yes" : "no");
        if (etag != null) {
            List<Long> notModified = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = get(path, etag);
                notModified.add(System.nanoTime() - t0);
                expect(r, 304);
            }
            Collections.sort(notModified);
            figure("  If-None-Match → 304 p50 / p99", "%s", String.format("%.1f / %.1f ms", ms(notModified, 0.5), ms(notModified, 0.99)), "", "");
        }
        // cold: a push changing one value of the plan's inputs bumps the data version; the next read computes afresh
        List<Long> cold = cold(path, "460102", 21);
        figure("cold plan evaluation median (after a push), 21 runs", "%.1f ms", ms(cold, 0.5), "≤ 40 ms", ms(cold, 0.5) <= 40 ? "yes" : "no");
        figure("  cold p99 (max of 21)", "%.1f ms", ms(cold, 1), "", "");
        load(path, 32, 10, "evaluation reads at 32 connections, 10 s: reads/s / p99", "≥ 4,000/s, p99 ≤ 50 ms");
        // what a browser dashboard sends: gzip accepted (the client here counts the compressed bytes, it does not inflate
        // them), and, polling, the ETag it holds
        load(path, 32, 10, "  the same with Accept-Encoding: gzip", "", "Accept-Encoding", "gzip");
        // the cold runs moved the data version: the ETag a poller holds now
        String current = get(path, null).headers().firstValue("ETag").orElse(null);
        if (current != null) {
            load(path, 32, 10, "  the same polling with If-None-Match (304)", "", "If-None-Match", current);
        }
    }

    /**
     * Cold reads: before each, a push changing one value of EVAL-0 in the jurisdiction bumps the data version, so the
     * read computes afresh. The latencies of the reads, sorted.
     */
    static List<Long> cold(String path, String jurisdiction, int runs) throws Exception {
        List<Long> cold = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            post("/api/v1/observations", "{\"source\":\"bench-cold\",\"observations\":[{\"indicator\":\"EVAL-0\",\"jurisdiction\":\"" + jurisdiction
                    + "\",\"period\":\"2025\",\"value\":" + (30 + k * 0.1) + ",\"status\":\"FINAL\"}]}", 200);
            long t0 = System.nanoTime();
            expect(get(path, null), 200);
            cold.add(System.nanoTime() - t0);
        }
        Collections.sort(cold);
        return cold;
    }

    static String indicator(int i) {
        return String.format("{\"code\":\"EVAL-%d\",\"name\":\"评估指标%d\",\"unit\":\"PERCENT\",\"polarity\":\"%s\"}", i, i,
                i % 2 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER");
    }

    static final String[] KINDS = {"AT_MOST", "AT_LEAST", "APPROX", "TREND_DOWN", "TREND_UP", "RELATIVE_CHANGE"};

    static String target(int i, String scope) {
        boolean lower = i % 2 == 0;
        String kind = KINDS[i % KINDS.length];
        if (kind.equals("AT_MOST") && !lower || kind.equals("AT_LEAST") && lower) {
            kind = lower ? "AT_MOST" : "AT_LEAST";
        }
        String value = switch (kind) {
            case "AT_MOST", "AT_LEAST", "APPROX" -> ",\"value\":" + (lower ? 20 : 80);
            case "RELATIVE_CHANGE" -> ",\"changePct\":" + (lower ? -20 : 20);
            default -> "";
        };
        return String.format("{\"domain\":%d,\"indicator\":\"EVAL-%d\",\"kind\":\"%s\"%s%s,\"maintain\":%b}", 1 + i % 6, i, kind, value, scope, i % 3 == 0);
    }

    static String observation(int i, String jur, int year, int t) {
        boolean lower = i % 2 == 0;
        double v = 50 + (lower ? -1 : 1) * (year - 2015) * (1 + (i + t) % 3) + ((year * 7 + i + t) % 5);
        return String.format("{\"indicator\":\"EVAL-%d\",\"jurisdiction\":\"%s\",\"period\":\"%d\",\"value\":%.1f,\"status\":\"FINAL\"}", i, jur, year, v);
    }

    /**
     * A small load generator: {@code connections} threads, each sending GETs with the headers back to back for
     * {@code seconds}; a read answered 200 or, when the request carries If-None-Match, 304 counts as good.
     */
    static void load(String path, int connections, int seconds, String figure, String goal, String... headers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            runLoad(pool, path, connections, 2, Collections.synchronizedList(new ArrayList<>()), new AtomicLong(), new AtomicLong(), headers); // warm-up
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            long t0 = System.nanoTime();
            long n = runLoad(pool, path, connections, seconds, latencies, errors, bytes, headers);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double rate = n / elapsed;
            System.out.printf("  load%s: %d connections × %d s: %,d reads (%d not as expected), %,.0f reads/s, p50 %.1f ms, p99 %.1f ms, %,d bytes a read%n",
                    headers.length == 0 ? "" : " (" + headers[0] + ")", connections, seconds, n, errors.get(), rate, ms(sorted, 0.5), ms(sorted, 0.99),
                    n == 0 ? 0 : bytes.get() / n);
            figure(figure, "%s", String.format("%,.0f/s / %.1f ms", rate, ms(sorted, 0.99)), goal,
                    goal.isEmpty() ? "" : rate >= 4000 && ms(sorted, 0.99) <= 50 && errors.get() == 0 ? "yes" : "no");
        } finally {
            pool.shutdownNow();
        }
    }

    static long runLoad(ExecutorService pool, String path, int connections, int seconds, List<Long> latencies, AtomicLong errors, AtomicLong bytes,
            String... headers) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).GET();
        for (int h = 0; h < headers.length; h += 2) {
            builder.header(headers[h], headers[h + 1]);
        }
        HttpRequest request = builder.build();
        int expected = List.of(headers).contains("If-None-Match") ? 304 : 200;
        List<Future<Long>> workers = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            workers.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                long n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    mine.add(System.nanoTime() - t0);
                    if (r.statusCode() != expected) {
                        errors.incrementAndGet();
                    }
                    bytes.addAndGet(r.body().length);
                    n++;
                }
                latencies.addAll(mine);
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : workers) {
            total += f.get();
        }
        return total;
    }

    // ---------------------------------------------------------------- the upper level

    /** A city plan with 100 implementing county plans of 110 targets each, read in one call of implementing-plans/evaluation. */
    static void implementing() throws Exception {
        int counties = 100;
        int targets = 110;
        long t0 = System.nanoTime();
        post("/api/v1/jurisdictions", "{\"code\":\"470000\",\"name\":\"上级省\",\"level\":\"PROVINCE\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"470100\",\"name\":\"上级市\",\"level\":\"PREFECTURE\",\"parent\":\"470000\"}", 201, 409);
        post("/api/v1/plans", "{\"code\":\"bench-city\",\"title\":\"基准市规划\",\"jurisdiction\":\"470100\",\"population\":\"CHILDREN\",\"periodStart\":2021,\"periodEnd\":2030,\"baselineYear\":2020,\"midtermYear\":2025}", 201, 409);
        adopt("bench-city");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < counties; k++) {
                int county = k;
                done.add(pool.submit(() -> {
                    String code = String.format("47%04d", 1000 + county);
                    String plan = "bench-county-" + county;
                    post("/api/v1/jurisdictions", "{\"code\":\"" + code + "\",\"name\":\"下级县" + county + "\",\"level\":\"COUNTY\",\"parent\":\"470100\"}", 201, 409);
                    post("/api/v1/plans", "{\"code\":\"" + plan + "\",\"title\":\"县规划" + county + "\",\"jurisdiction\":\"" + code
                            + "\",\"population\":\"CHILDREN\",\"periodStart\":2021,\"periodEnd\":2030,\"baselineYear\":2020,\"midtermYear\":2025,\"parentPlan\":\"bench-city\"}", 201, 409);
                    for (int d = 1; d <= 6; d++) {
                        post("/api/v1/plans/" + plan + "/domains", "{\"order\":" + d + ",\"name\":\"领域" + d + "\"}", 201, 409);
                    }
                    StringBuilder rows = new StringBuilder();
                    for (int i = 0; i < targets; i++) {
                        post("/api/v1/plans/" + plan + "/targets", target(i, ""), 201);
                        for (int year = 2019; year <= 2025; year++) {
                            rows.append(rows.isEmpty() ? "" : ",").append(observation(i, code, year, county));
                        }
                    }
                    post("/api/v1/observations", "{\"source\":\"bench-counties\",\"observations\":[" + rows + "]}", 200);
                    adopt(plan);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("implementing: city plan with %d county plans of %d targets each, 7 years each (set up in %.0f s)%n", counties, targets,
                (System.nanoTime() - t0) / 1e9);
        String path = "/api/v1/plans/bench-city/implementing-plans/evaluation?asOf=2025";
        HttpResponse<String> first = get(path, null);
        expect(first, 200);
        if (!first.body().contains("bench-county-99")) {
            throw new IllegalStateException("implementing-plans/evaluation misses county plans: " + first.body().substring(0, Math.min(300, first.body().length())));
        }
        List<Long> cold = cold(path, "471000", 11);
        List<Long> warm = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            long c0 = System.nanoTime();
            expect(get(path, null), 200);
            warm.add(System.nanoTime() - c0);
        }
        Collections.sort(warm);
        figure("100 county plans, cold (after a push) median / max of 11", "%s", String.format("%.0f / %.0f ms", ms(cold, 0.5), ms(cold, 1)),
                "p99 ≤ 1 s", ms(cold, 1) <= 1000 ? "yes" : "no");
        figure("  100 county plans, warm (cached) p50 / p99", "%s", String.format("%.1f / %.1f ms", ms(warm, 0.5), ms(warm, 0.99)), "", "");
    }

    static void adopt(String plan) throws Exception {
        HttpResponse<String> r = get("/api/v1/plans/" + plan, null);
        expect(r, 200);
        String body = r.body().replaceFirst("\"status\"\\s*:\\s*\"DRAFT\"", "\"status\":\"ADOPTED\"");
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/plans/" + plan)).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .header("If-Match", r.headers().firstValue("ETag").orElse("*")).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(put, 200);
    }

    // ---------------------------------------------------------------- the service

    /** Starts the jar and waits for its first answered API request; the nanoseconds that took. */
    static long startApp() throws Exception {
        List<String> more = new ArrayList<>(List.of("-XX:+PrintCommandLineFlags"));
        // BENCH_JAVA_OPTS: more flags for the service only, e.g. a JFR recording of it under the bench's load
        String extra = System.getenv().getOrDefault("BENCH_JAVA_OPTS", "").trim();
        if (!extra.isEmpty()) {
            more.addAll(List.of(extra.split("\\s+")));
        }
        ProcessBuilder pb = PackagedJar.process(more.toArray(String[]::new)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "bench-app.log").toFile()));
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbc);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "root");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(appPort));
        pb.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        pb.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        // one administrator pushes far more than the production limits allow a person
        pb.environment().put("PLANWATCH_RATE_LIMITS_ADMIN_PUSHES_PER_MINUTE", "1000000");
        // the jar verifies the bench's tokens against the test public key
        SignedTokens.configure(pb.environment());
        long t0 = System.nanoTime();
        app = pb.start();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(180);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(base + "/api/v1/jurisdictions?limit=1")).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the service exited with " + app.exitValue() + "; see target/bench-app.log");
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime() - t0;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the service answered no request in 180 s; see target/bench-app.log");
    }

    static void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(40, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The flags the JVM chose and was given (its -XX:+PrintCommandLineFlags line in the log). */
    static String jvmFlags() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("target", "bench-app.log"));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("-XX:MaxHeapSize")) {
                return lines.get(i).trim();
            }
        }
        return "flags not found";
    }

    // ---------------------------------------------------------------- plumbing

    static void figure(String name, String format, Object value, String goal, String holds) {
        String shown = String.format(format, value);
        FIGURES.add(new String[] {name, shown, goal, holds});
    }

    static void table() {
        System.out.println();
        System.out.printf("%-66s %-24s %-26s %s%n", "figure", "measured", "goal", "holds");
        System.out.println("-".repeat(124));
        for (String[] f : FIGURES) {
            System.out.printf("%-66s %-24s %-26s %s%n", f[0], f[1], f[2], f[3]);
        }
    }

    static double ms(List<Long> sorted, double q) {
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static void expect(HttpResponse<String> r, int code) {
        if (r.statusCode() != code) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static String post(String path, String body, int... expected) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        for (int code : expected) {
            if (r.statusCode() == code) {
                return r.body();
            }
        }
        throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
    }

    static HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + TOKEN);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not on Linux
        }
        return -1;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
