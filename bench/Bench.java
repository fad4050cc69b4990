import io.planwatch.devdb.EmbeddedMariaDb;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PlanWatch benchmark. Starts an embedded MariaDB and the packaged jar (target/quarkus-app), then:
 * push — 100,000 generated observations in batches of 10,000 over HTTP: first insert, unchanged re-push, update;
 * eval — a generated plan of 120 targets over 11 years and 20 townships: median and p99 of the evaluation endpoint.
 * Bounded in rows, requests and time; talks to 127.0.0.1 only.
 */
public class Bench {

    static final int ROWS = 100_000;
    static final int BATCH = 10_000;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    /** An administrator's token of the test identity provider (io.planwatch.testing.SignedTokens). */
    static String token;

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        int dbPort = freePort();
        int appPort = freePort();
        Path dir = Files.createTempDirectory("planwatch-bench-db");
        String url = EmbeddedMariaDb.start(dbPort, dir);
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx1g", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "bench-app.log").toFile());
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "root");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(appPort));
        pb.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        // An administrator's token of the test identity provider; the jar verifies it against the test public key.
        io.planwatch.testing.SignedTokens.configure(pb.environment());
        token = io.planwatch.testing.SignedTokens.token("bench", java.util.Set.of("admin"), null, null);
        Process app = pb.start();
        base = "http://127.0.0.1:" + appPort;
        try {
            waitUntilReady();
            System.out.printf("PlanWatch bench — %d cores, MariaDB 11.4 embedded, jar with -Xmx1g%n", Runtime.getRuntime().availableProcessors());
            if (what.equals("push") || what.equals("all")) {
                push();
            }
            if (what.equals("eval") || what.equals("all")) {
                evaluation();
            }
            System.out.printf("app resident memory after the run: %d MiB%n", rssMiB(app.pid()));
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
            app.destroyForcibly();
        }
    }

    // ---------------------------------------------------------------- push

    static void push() throws Exception {
        // 5 indicators × 20 townships × 1,000 keys of (year × disaggregation) = 100,000 natural keys.
        post("/api/v1/jurisdictions", "{\"code\":\"460000\",\"name\":\"基准省\",\"level\":\"PROVINCE\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"460100\",\"name\":\"基准市\",\"level\":\"PREFECTURE\",\"parent\":\"460000\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"460101\",\"name\":\"基准县\",\"level\":\"COUNTY\",\"parent\":\"460100\"}", 201, 409);
        for (int t = 0; t < 20; t++) {
            post("/api/v1/jurisdictions", String.format("{\"code\":\"460101%03d\",\"name\":\"基准镇%d\",\"level\":\"TOWNSHIP\",\"parent\":\"460101\"}", 100 + t, t), 201, 409);
        }
        for (int i = 0; i < 5; i++) {
            post("/api/v1/indicators", String.format("{\"code\":\"BENCH-%d\",\"name\":\"基准指标%d\",\"unit\":\"PER_MILLE\",\"polarity\":\"LOWER_IS_BETTER\",\"dimensions\":[\"AGE_GROUP\"]}", i, i), 201, 409);
        }
        List<String> batches = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        StringBuilder changedRows = new StringBuilder();
        int n = 0;
        for (int i = 0; i < 5; i++) {
            for (int t = 0; t < 20; t++) {
                for (int year = 2000; year < 2025; year++) {
                    for (int g = 0; g < 40; g++) {
                        String key = String.format("{\"indicator\":\"BENCH-%d\",\"jurisdiction\":\"460101%03d\",\"period\":\"%d\",\"disaggregation\":{\"AGE_GROUP\":\"G%02d\"},\"value\":", i, 100 + t, year, g);
                        rows.append(rows.isEmpty() ? "" : ",").append(key).append(String.format("%d.%02d,\"status\":\"FINAL\"}", 1 + (n % 50), n % 100));
                        // every fifth value changes in the update run
                        changedRows.append(changedRows.isEmpty() ? "" : ",").append(key)
                                .append(String.format("%d.%02d,\"status\":\"FINAL\"}", 1 + (n % 50) + (n % 5 == 0 ? 1 : 0), n % 100));
                        if (++n % BATCH == 0) {
                            batches.add("{\"source\":\"bench\",\"observations\":[" + rows + "]}");
                            changed.add("{\"source\":\"bench\",\"observations\":[" + changedRows + "]}");
                            rows.setLength(0);
                            changedRows.setLength(0);
                        }
                    }
                }
            }
        }
        System.out.printf("push: %,d rows in %d batches of %,d (%.1f MB of JSON per batch)%n", n, batches.size(), BATCH,
                batches.get(0).length() / 1e6);
        run("first insert", batches, "\"created\":" + BATCH);
        run("unchanged re-push", batches, "\"unchanged\":" + BATCH);
        run("update (1 in 5 changed)", changed, "\"updated\":" + BATCH / 5);
    }

    static void run(String label, List<String> batches, String expect) throws Exception {
        long start = System.nanoTime();
        List<Long> latencies = new ArrayList<>();
        for (String body : batches) {
            long t0 = System.nanoTime();
            String answer = post("/api/v1/observations", body, 200);
            latencies.add(System.nanoTime() - t0);
            if (!answer.contains(expect)) {
                throw new IllegalStateException(label + ": expected " + expect + " in " + answer.substring(0, Math.min(300, answer.length())));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        System.out.printf("  %-26s %,9.0f rows/s   (%.2f s total, batch median %d ms, max %d ms)%n", label,
                batches.size() * BATCH / seconds, seconds, latencies.get(latencies.size() / 2) / 1_000_000,
                latencies.get(latencies.size() - 1) / 1_000_000);
    }

    // ---------------------------------------------------------------- evaluation

    static void evaluation() throws Exception {
        int code = get("/api/v1/plans/luzhai-children/evaluation").statusCode();
        if (code == 404 && !exists("/q/openapi", "evaluation")) {
            System.out.println("eval: the evaluation endpoint is not in this build; skipped");
            return;
        }
        post("/api/v1/jurisdictions", "{\"code\":\"460000\",\"name\":\"基准省\",\"level\":\"PROVINCE\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"460100\",\"name\":\"基准市\",\"level\":\"PREFECTURE\",\"parent\":\"460000\"}", 201, 409);
        post("/api/v1/jurisdictions", "{\"code\":\"460102\",\"name\":\"评估县\",\"level\":\"COUNTY\",\"parent\":\"460100\"}", 201, 409);
        for (int t = 0; t < 20; t++) {
            post("/api/v1/jurisdictions", String.format("{\"code\":\"460102%03d\",\"name\":\"评估镇%d\",\"level\":\"TOWNSHIP\",\"parent\":\"460102\"}", 100 + t, t), 201, 409);
        }
        post("/api/v1/plans", "{\"code\":\"bench-eval\",\"title\":\"基准评估规划\",\"jurisdiction\":\"460102\",\"population\":\"CHILDREN\",\"periodStart\":2021,\"periodEnd\":2030,\"baselineYear\":2020,\"midtermYear\":2025,\"status\":\"ADOPTED\"}", 201, 409);
        for (int d = 1; d <= 6; d++) {
            post("/api/v1/plans/bench-eval/domains", "{\"order\":" + d + ",\"name\":\"领域" + d + "\"}", 201, 409);
        }
        String[] kinds = {"AT_MOST", "AT_LEAST", "APPROX", "TREND_DOWN", "TREND_UP", "RELATIVE_CHANGE"};
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            String ind = "EVAL-" + i;
            boolean lower = i % 2 == 0;
            post("/api/v1/indicators", String.format("{\"code\":\"%s\",\"name\":\"评估指标%d\",\"unit\":\"PERCENT\",\"polarity\":\"%s\"}", ind, i,
                    lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER"), 201, 409);
            String kind = kinds[i % kinds.length];
            if (kind.equals("AT_MOST") && !lower || kind.equals("AT_LEAST") && lower) {
                kind = lower ? "AT_MOST" : "AT_LEAST";
            }
            String value = switch (kind) {
                case "AT_MOST", "AT_LEAST", "APPROX" -> ",\"value\":" + (lower ? 20 : 80);
                case "RELATIVE_CHANGE" -> ",\"changePct\":" + (lower ? -20 : 20);
                default -> "";
            };
            String scope = i % 4 == 0 ? ",\"scope\":{\"type\":\"EACH\",\"level\":\"TOWNSHIP\"}" : "";
            post("/api/v1/plans/bench-eval/targets", String.format("{\"domain\":%d,\"indicator\":\"%s\",\"kind\":\"%s\"%s%s,\"maintain\":%b}",
                    1 + i % 6, ind, kind, value, scope, i % 3 == 0), 201);
            for (int year = 2015; year <= 2025; year++) {
                for (int t = -1; t < 20; t++) {
                    String jur = t < 0 ? "460102" : String.format("460102%03d", 100 + t);
                    double v = 50 + (lower ? -1 : 1) * (year - 2015) * (1 + (i + t) % 3) + ((year * 7 + i + t) % 5);
                    rows.append(rows.isEmpty() ? "" : ",").append(String.format(
                            "{\"indicator\":\"%s\",\"jurisdiction\":\"%s\",\"period\":\"%d\",\"value\":%.1f,\"status\":\"FINAL\"}", ind, jur, year, v));
                }
            }
            if (i % 30 == 29) {
                post("/api/v1/observations", "{\"source\":\"bench\",\"observations\":[" + rows + "]}", 200);
                rows.setLength(0);
            }
        }
        System.out.println("eval: plan of 120 targets (30 of them EACH over 20 townships), 11 years, 27,720 observations");
        for (int i = 0; i < 10; i++) {
            get("/api/v1/plans/bench-eval/evaluation?asOf=2025");
        }
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get("/api/v1/plans/bench-eval/evaluation?asOf=2025");
            latencies.add(System.nanoTime() - t0);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("evaluation answered " + r.statusCode() + ": " + r.body());
            }
        }
        Collections.sort(latencies);
        System.out.printf("  evaluation endpoint, 200 sequential calls: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                latencies.get(100) / 1e6, latencies.get(197) / 1e6, latencies.get(199) / 1e6);
    }

    // ---------------------------------------------------------------- plumbing

    static String post(String path, String body, int... expected) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        for (int code : expected) {
            if (r.statusCode() == code) {
                return r.body();
            }
        }
        throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean exists(String path, String needle) throws Exception {
        return get(path).body().contains(needle);
    }

    static void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready in 120 s; see target/bench-app.log");
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

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
