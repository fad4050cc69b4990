package io.planwatch.observation;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ObservationPushTest {

    private String county;
    private String indicator;

    @BeforeEach
    void freshKeys() {
        county = Api.newCounty();
        indicator = Api.newIndicator("PERCENT", "SEX", "AREA");
    }

    private Map<String, Object> row(int year, Object value) {
        Map<String, Object> row = new HashMap<>();
        row.put("indicator", indicator);
        row.put("jurisdiction", county);
        row.put("period", Integer.toString(year));
        row.put("value", value);
        return row;
    }

    private static Map<String, Object> with(Map<String, Object> row, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(row);
        copy.put(key, value);
        return copy;
    }

    private static Response push(List<Map<String, Object>> rows, String query) {
        return Api.json().body(Map.of("source", "test-mis", "observations", rows)).post("/api/v1/observations" + query);
    }

    private List<Integer> storedIds() {
        return given().queryParam("indicator", indicator).queryParam("jurisdiction", county).queryParam("limit", 1000)
                .get("/api/v1/observations").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void firstPushCreatesThenChangedRowsUpdateAndTheRestAreUnchanged() {
        push(List.of(row(2020, 90), row(2021, 91), row(2022, 92)), "").then().statusCode(200)
                .body("received", equalTo(3)).body("created", equalTo(3)).body("updated", equalTo(0))
                .body("unchanged", equalTo(0)).body("rejected", equalTo(0)).body("errors", hasSize(0));
        push(List.of(row(2020, 90), row(2021, 91.5), row(2022, 92.0)), "").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(2));
    }

    @Test
    void rePushIsUnchangedAndWritesNoRevision() {
        List<Map<String, Object>> rows = List.of(row(2020, 90), row(2021, 91));
        push(rows, "").then().statusCode(200).body("created", equalTo(2));
        int id = storedIds().get(0);
        push(rows, "").then().statusCode(200).body("unchanged", equalTo(2)).body("created", equalTo(0)).body("updated", equalTo(0));
        given().get("/api/v1/observations/" + id + "/revisions").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void revisionsRecordEveryChangeOldToNew() {
        push(List.of(row(2020, 90)), "").then().statusCode(200);
        push(List.of(with(row(2020, 88.5), "status", "FINAL")), "").then().statusCode(200).body("updated", equalTo(1));
        int id = storedIds().get(0);
        given().get("/api/v1/observations/" + id + "/revisions").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].oldValue", nullValue()).body("items[0].newValue", equalTo(90))
                .body("items[1].oldValue", equalTo(90)).body("items[1].newValue", equalTo(88.5f))
                .body("items[1].oldStatus", equalTo("PROVISIONAL")).body("items[1].newStatus", equalTo("FINAL"))
                .body("items[1].source", equalTo("test-mis"));
    }

    @Test
    void eachInvalidRowIsReportedByIndexFieldAndCodeWhileValidRowsApply() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(2020, 90));                                        // 0 valid
        rows.add(with(row(2020, 90), "indicator", "NO-SUCH"));          // 1
        rows.add(with(row(2021, 90), "jurisdiction", "999999"));        // 2
        rows.add(row(2021, 120));                                       // 3 above 100 %
        rows.add(with(row(2021, 90), "period", "20x1"));                // 4
        rows.add(with(row(2022, 90), "disaggregation", Map.of("AGE_GROUP", "0-5")));  // 5 dimension not accepted
        rows.add(with(row(2022, 90), "status", "DONE"));                // 6
        rows.add(row(2023, "ninety"));                                  // 7
        rows.add(with(row(2024, 50), "disaggregation", Map.of("SEX", "F")));  // 8 valid
        push(rows, "").then().statusCode(200)
                .body("received", equalTo(9)).body("created", equalTo(2)).body("rejected", equalTo(7))
                .body("errors.index", contains(1, 2, 3, 4, 5, 6, 7))
                .body("errors.field", contains("indicator", "jurisdiction", "value", "period", "disaggregation", "status", "value"))
                .body("errors.code", contains("UNKNOWN_INDICATOR", "UNKNOWN_JURISDICTION", "OUT_OF_RANGE", "INVALID_PERIOD",
                        "INVALID_DIMENSION", "UNKNOWN_STATUS", "NOT_A_NUMBER"))
                .body("errors[2].message", containsString("0–100"));
        assertEquals(2, storedIds().size());
    }

    @Test
    void aRowRepeatingAnEarlierKeyIsRejected() {
        push(List.of(row(2020, 90), row(2020, 91)), "").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("errors[0].index", equalTo(1)).body("errors[0].code", equalTo("DUPLICATE_IN_BATCH"));
    }

    @Test
    void atomicPushWithAnInvalidRowWritesNothing() {
        push(List.of(row(2020, 90), row(2021, 190)), "?atomic=true").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/import-rejected"))
                .body("rejected", equalTo(1))
                .body("errors[0].index", equalTo(1)).body("errors[0].field", equalTo("value"));
        assertEquals(0, storedIds().size());
        push(List.of(row(2020, 90), row(2021, 91)), "?atomic=true").then().statusCode(200).body("created", equalTo(2));
    }

    @Test
    void dryRunAnswersTheSameSummaryAndWritesNothing() {
        push(List.of(row(2020, 90)), "").then().statusCode(200);
        push(List.of(row(2020, 95), row(2021, 91), row(2022, 300)), "?dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("push", nullValue())
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("rejected", equalTo(1));
        assertEquals(1, storedIds().size());
        given().queryParam("indicator", indicator).queryParam("jurisdiction", county).get("/api/v1/observations")
                .then().body("items[0].value", equalTo(90));
    }

    @Test
    void aPushNeverDeletesRowsItOmits() {
        push(List.of(row(2020, 90), row(2021, 91)), "").then().statusCode(200);
        push(List.of(row(2022, 92)), "").then().statusCode(200);
        assertEquals(3, storedIds().size());
    }

    @Test
    void aFinalValueIsNotReplacedByAProvisionalOne() {
        push(List.of(with(row(2020, 90), "status", "FINAL")), "").then().statusCode(200);
        push(List.of(with(row(2020, 80), "status", "PROVISIONAL")), "").then().statusCode(200)
                .body("rejected", equalTo(1)).body("errors[0].code", equalTo("FINAL_VALUE_PROTECTED"));
        push(List.of(with(row(2020, 80), "status", "FINAL")), "").then().statusCode(200).body("updated", equalTo(1));
    }

    @Test
    void listFiltersByPeriodRangeAndDisaggregationAndPages() {
        push(List.of(row(2018, 80), row(2019, 81), row(2020, 82), with(row(2020, 70), "disaggregation", Map.of("AREA", "RURAL"))), "")
                .then().statusCode(200).body("created", equalTo(4));
        given().queryParam("indicator", indicator).queryParam("from", 2019).queryParam("to", 2020).queryParam("disaggregation", "total")
                .get("/api/v1/observations").then().statusCode(200).body("items.period", contains("2019", "2020"));
        given().queryParam("indicator", indicator).queryParam("disaggregation", "AREA=RURAL")
                .get("/api/v1/observations").then().statusCode(200).body("items.value", contains(70))
                .body("items[0].disaggregation.AREA", equalTo("RURAL"));
        String cursor = given().queryParam("indicator", indicator).queryParam("limit", 3).get("/api/v1/observations")
                .then().statusCode(200).body("items", hasSize(3)).extract().path("nextCursor");
        given().queryParam("indicator", indicator).queryParam("limit", 3).queryParam("cursor", cursor).get("/api/v1/observations")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
    }

    @Test
    void concurrentOverlappingPushesLeaveOneRowPerKeyAndTrueSummaries() throws Exception {
        // A pushes 1990..2020 for total and RURAL; B pushes the same keys for 2000..2026, so 2000..2020 overlap.
        List<Map<String, Object>> a = new ArrayList<>();
        List<Map<String, Object>> b = new ArrayList<>();
        for (int year = 1990; year <= 2026; year++) {
            for (String area : List.of("URBAN", "RURAL")) {
                Map<String, Object> r = with(row(year, 50), "disaggregation", Map.of("AREA", area));
                if (year <= 2020) {
                    a.add(r);
                }
                if (year >= 2000 && year <= Math.min(2026, java.time.Year.now().getValue())) {
                    b.add(r);
                }
            }
        }
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> { await(start); return push(a, ""); });
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> { await(start); return push(b, ""); });
        Response ra = first.get();
        Response rb = second.get();
        assertEquals(200, ra.statusCode(), ra.asString());
        assertEquals(200, rb.statusCode(), rb.asString());
        int overlap = 2 * 21;
        int union = a.size() + b.size() - overlap;
        assertEquals(union, storedIds().size());
        int created = ra.<Integer>path("created") + rb.<Integer>path("created");
        int unchanged = ra.<Integer>path("unchanged") + rb.<Integer>path("unchanged");
        assertEquals(union, created, "each key is created by exactly one push");
        assertEquals(overlap, unchanged, "the other push finds the overlap unchanged");
    }

    @Test
    void repeatedIdempotencyKeyReplaysTheFirstAnswer() {
        String key = "k-" + Api.seq();
        List<Map<String, Object>> rows = List.of(row(2020, 90));
        Api.json().header("Idempotency-Key", key).body(Map.of("source", "test-mis", "observations", rows)).post("/api/v1/observations")
                .then().statusCode(200).body("created", equalTo(1));
        Api.json().header("Idempotency-Key", key).body(Map.of("source", "test-mis", "observations", rows)).post("/api/v1/observations")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("created", equalTo(1)).body("unchanged", equalTo(0));
        Api.json().header("Idempotency-Key", key).body(Map.of("source", "test-mis", "observations", List.of(row(2021, 90))))
                .post("/api/v1/observations").then().statusCode(409)
                .body("type", equalTo("https://planwatch.io/problems/idempotency-key-reused"));
    }

    @Test
    void batchAboveTheLimitIs413AndWritesNothing() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            rows.add(row(2020, 1));
        }
        push(rows, "").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/payload-too-large"))
                .body("detail", containsString("10001"));
        assertEquals(0, storedIds().size());
    }

    @Test
    void malformedBodiesAreProblems() {
        Api.json().body("{\"source\": \"x\", \"observations\": [").post("/api/v1/observations").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://planwatch.io/problems/malformed-json"));
        Api.json().body(Map.of("source", "x", "observations", List.of(with(row(2020, 1), "vaule", 2)))).post("/api/v1/observations")
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("observations[0].vaule")).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        Api.json().body(Map.of("observations", List.of(row(2020, 1)))).post("/api/v1/observations").then().statusCode(400)
                .body("type", equalTo("https://planwatch.io/problems/validation-failed")).body("errors[0].field", equalTo("source"));
        given().contentType("text/csv").body("a,b").post("/api/v1/observations").then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("https://planwatch.io/problems/unsupported-media-type"));
    }

    @Test
    void revisionsOfAnUnknownObservationIs404() {
        given().get("/api/v1/observations/987654321/revisions").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://planwatch.io/problems/not-found"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
