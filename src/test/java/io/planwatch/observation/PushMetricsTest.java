package io.planwatch.observation;

import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** /q/metrics counts pushes and their rows by source and outcome, and times evaluations. */
@QuarkusTest
class PushMetricsTest {

    @Test
    void pushCountersMoveWithEachPush() {
        String source = "metrics-" + Api.seq();
        String county = Api.newCounty();
        String indicator = Api.newIndicator("PERCENT");
        push(source, false, List.of(row(indicator, county, "2021", 50), row(indicator, county, "2022", 150)));
        push(source, false, List.of(row(indicator, county, "2021", 50)));
        push(source, true, List.of(row(indicator, county, "2023", 60)));

        String metrics = metrics();
        assertEquals(2, value(metrics, "planwatch_pushes_total", source, "applied"));
        assertEquals(1, value(metrics, "planwatch_pushes_total", source, "dry-run"));
        assertEquals(1, value(metrics, "planwatch_push_rows_total", source, "created"));
        assertEquals(1, value(metrics, "planwatch_push_rows_total", source, "rejected")); // 150 % is out of range
        assertEquals(1, value(metrics, "planwatch_push_rows_total", source, "unchanged"));

        push(source, false, List.of(row(indicator, county, "2021", 51)));
        metrics = metrics();
        assertEquals(3, value(metrics, "planwatch_pushes_total", source, "applied"));
        assertEquals(1, value(metrics, "planwatch_push_rows_total", source, "updated"));
    }

    @Test
    void evaluationsAreTimedInAHistogram() {
        Api.given()
                .get("/api/v1/plans/luzhai-children/evaluation?asOf=2020")
                .then()
                .statusCode(200);
        Api.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(matchesPattern("(?s).*planwatch_evaluation_seconds_bucket\\{[^}]*of=\"plan\".*"));
    }

    @Test
    void everyAnswerNamesItsRequest() {
        Api.given().get("/api/v1/plans").then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        Api.given()
                .header("X-Request-Id", "gateway-1234abcd")
                .get("/api/v1/plans")
                .then()
                .header("X-Request-Id", "gateway-1234abcd");
    }

    private static Map<String, Object> row(String indicator, String county, String period, int value) {
        return Map.of(
                "indicator", indicator, "jurisdiction", county, "period", period, "value", value, "status", "FINAL");
    }

    private static void push(String source, boolean dryRun, List<Map<String, Object>> rows) {
        Api.json()
                .body(Map.of("source", source, "observations", rows))
                .post("/api/v1/observations?dryRun=" + dryRun)
                .then()
                .statusCode(200);
    }

    private static String metrics() {
        return Api.given()
                .accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The value of a counter with these labels, in whatever order Prometheus lists them; 0 when absent. */
    private static double valueOf(String metrics, String name, String source, String outcome) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("source=\"" + source + "\"") && labels.contains("outcome=\"" + outcome + "\"")) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    private static long value(String metrics, String name, String source, String outcome) {
        return Math.round(valueOf(metrics, name, source, outcome));
    }
}
