import io.planwatch.devdb.EmbeddedMariaDb;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The same 10,000 rows pushed as CSV and as an XLSX workbook to the packaged service (bench/xlsx-vs-csv). Prints the
 * body sizes and the median of five pushes of each (first an insert, then unchanged re-pushes); asserts nothing.
 */
public class XlsxVsCsv {

    static final int ROWS = 10_000;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        int dbPort = freePort();
        int appPort = freePort();
        String url = EmbeddedMariaDb.start(dbPort, Files.createTempDirectory("planwatch-xlsx-bench-db"));
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx1g", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "xlsx-bench-app.log").toFile());
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
            post("/api/v1/jurisdictions", "application/json", "{\"code\":\"470000\",\"name\":\"基准省\",\"level\":\"PROVINCE\"}".getBytes(StandardCharsets.UTF_8), 201);
            for (String code : List.of("XB-CSV", "XB-XLSX")) {
                post("/api/v1/indicators", "application/json", String.format("{\"code\":\"%s\",\"name\":\"基准指标\",\"unit\":\"PERCENT\","
                        + "\"polarity\":\"HIGHER_IS_BETTER\",\"dimensions\":[\"AGE_GROUP\"]}", code).getBytes(StandardCharsets.UTF_8), 201);
            }
            byte[] csv = csv("XB-CSV");
            byte[] xlsx = xlsx("XB-XLSX");
            System.out.printf("10,000 rows: CSV %,d bytes, XLSX %,d bytes (%d cores)%n", csv.length, xlsx.length, Runtime.getRuntime().availableProcessors());
            measure("CSV ", "text/csv", csv);
            measure("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
            measure("CSV ", "text/csv", csv);
            measure("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
            app.destroyForcibly();
        }
    }

    static void measure(String label, String type, byte[] body) throws Exception {
        List<Long> ms = new ArrayList<>();
        String first = null;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            String answer = post("/api/v1/observations?source=bench-" + label.strip().toLowerCase(), type, body, 200);
            ms.add((System.nanoTime() - t0) / 1_000_000);
            if (first == null) {
                first = answer.substring(0, Math.min(120, answer.length()));
            }
        }
        List<Long> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("  %s pushes (ms): %s, median %d; first answer %s%n", label, ms, sorted.get(2), first);
    }

    static byte[] csv(String indicator) {
        StringBuilder s = new StringBuilder("indicator,jurisdiction,period,AGE_GROUP,value,status\n");
        for (int r = 0; r < ROWS; r++) {
            s.append(indicator).append(",470000,").append(1995 + r % 30).append(",G").append(r / 30).append(',')
                    .append(50 + r % 40).append(".5,FINAL\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String indicator) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = book.createSheet("数据");
            String[] header = {"indicator", "jurisdiction", "period", "AGE_GROUP", "value", "status"};
            var head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < ROWS; r++) {
                var row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(indicator);
                row.createCell(1).setCellValue("470000");
                row.createCell(2).setCellValue(1995 + r % 30);
                row.createCell(3).setCellValue("G" + r / 30);
                row.createCell(4).setCellValue(50 + r % 40 + 0.5);
                row.createCell(5).setCellValue("FINAL");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    static String post(String path, String type, byte[] body, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service did not become ready; see target/xlsx-bench-app.log");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
