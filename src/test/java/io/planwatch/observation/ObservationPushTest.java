package io.planwatch.observation;

import static io.planwatch.testing.Api.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationPushTest {

    /** The checks ObservationPushIT reruns on the packaged jar: the write path end to end, not every rule again. */
    static final String PACKAGED = "packaged";

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
        return Api.json()
                .body(Map.of("source", "test-mis", "observations", rows))
                .post("/api/v1/observations" + query);
    }

    private List<Integer> storedIds() {
        return given().queryParam("indicator", indicator)
                .queryParam("jurisdiction", county)
                .queryParam("limit", 1000)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Tag(PACKAGED)
    @Test
    void firstPushCreatesThenChangedRowsUpdateAndTheRestAreUnchanged() {
        push(List.of(row(2020, 90), row(2021, 91), row(2022, 92)), "")
                .then()
                .statusCode(200)
                .body("received", equalTo(3))
                .body("created", equalTo(3))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("rejected", equalTo(0))
                .body("errors", hasSize(0));
        push(List.of(row(2020, 90), row(2021, 91.5), row(2022, 92.0)), "")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(2));
    }

    @Tag(PACKAGED)
    @Test
    void rePushIsUnchangedAndWritesNoRevision() {
        List<Map<String, Object>> rows = List.of(row(2020, 90), row(2021, 91));
        push(rows, "").then().statusCode(200).body("created", equalTo(2));
        int id = storedIds().get(0);
        push(rows, "")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(2))
                .body("created", equalTo(0))
                .body("updated", equalTo(0));
        given().get("/api/v1/observations/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void storedKeysAmongManyNewOnesAreJudgedAsStored() {
        // 36 rows, 1990–2025: the importer probes 32 keys spread over them for stored ones and samples neither 1998
        // nor 2007 (the 9th and 18th in key order), so it inserts first and must find these two stored afterwards
        push(List.of(row(1998, 10), row(2007, 20)), "").then().statusCode(200).body("created", equalTo(2));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year = 1990; year <= 2025; year++) {
            rows.add(row(year, 20));
        }
        push(rows, "")
                .then()
                .statusCode(200)
                .body("created", equalTo(34))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1));
        int changed = given().queryParam("indicator", indicator)
                .queryParam("jurisdiction", county)
                .queryParam("from", 1998)
                .queryParam("to", 1998)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        given().get("/api/v1/observations/" + changed + "/revisions")
                .then()
                .statusCode(200)
                .body("items.oldValue", contains(nullValue(), equalTo(10)))
                .body("items.newValue", contains(10, 20));
        assertEquals(36, storedIds().size());
    }

    @Test
    void revisionsRecordEveryChangeOldToNew() {
        push(List.of(row(2020, 90)), "").then().statusCode(200);
        push(List.of(with(row(2020, 88.5), "status", "FINAL")), "")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        int id = storedIds().get(0);
        given().get("/api/v1/observations/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].oldValue", nullValue())
                .body("items[0].newValue", equalTo(90))
                .body("items[1].oldValue", equalTo(90))
                .body("items[1].newValue", equalTo(88.5f))
                .body("items[1].oldStatus", equalTo("PROVISIONAL"))
                .body("items[1].newStatus", equalTo("FINAL"))
                .body("items[1].source", equalTo("test-mis"));
    }

    @Test
    void eachInvalidRowIsReportedByIndexFieldAndCodeWhileValidRowsApply() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(2020, 90)); // 0 valid
        rows.add(with(row(2020, 90), "indicator", "NO-SUCH")); // 1
        rows.add(with(row(2021, 90), "jurisdiction", "999999")); // 2
        rows.add(row(2021, 120)); // 3 above 100 %
        rows.add(with(row(2021, 90), "period", "20x1")); // 4
        rows.add(with(row(2022, 90), "disaggregation", Map.of("AGE_GROUP", "0-5"))); // 5 dimension not accepted
        rows.add(with(row(2022, 90), "status", "DONE")); // 6
        rows.add(row(2023, "ninety")); // 7
        rows.add(with(row(2024, 50), "disaggregation", Map.of("SEX", "F"))); // 8 valid
        push(rows, "")
                .then()
                .statusCode(200)
                .body("received", equalTo(9))
                .body("created", equalTo(2))
                .body("rejected", equalTo(7))
                .body("errors.index", contains(1, 2, 3, 4, 5, 6, 7))
                .body(
                        "errors.field",
                        contains("indicator", "jurisdiction", "value", "period", "disaggregation", "status", "value"))
                .body(
                        "errors.code",
                        contains(
                                "UNKNOWN_REFERENCE",
                                "UNKNOWN_REFERENCE",
                                "OUT_OF_RANGE",
                                "INVALID_FORMAT",
                                "INVALID_DIMENSION",
                                "UNKNOWN_VALUE",
                                "INVALID_TYPE"))
                .body("errors[2].message", containsString("0–100"));
        assertEquals(2, storedIds().size());
    }

    @Test
    void aRowRepeatingAnEarlierKeyIsRejected() {
        push(List.of(row(2020, 90), row(2020, 91)), "")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(1))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].code", equalTo("DUPLICATE"));
    }

    @Tag(PACKAGED)
    @Test
    void atomicPushWithAnInvalidRowWritesNothing() {
        push(List.of(row(2020, 90), row(2021, 190)), "?atomic=true")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/import-rejected"))
                .body("rejected", equalTo(1))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].field", equalTo("value"));
        assertEquals(0, storedIds().size());
        push(List.of(row(2020, 90), row(2021, 91)), "?atomic=true")
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
    }

    @Test
    void dryRunAnswersTheSameSummaryAndWritesNothing() {
        push(List.of(row(2020, 90)), "").then().statusCode(200);
        push(List.of(row(2020, 95), row(2021, 91), row(2022, 300)), "?dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("push", nullValue())
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("rejected", equalTo(1));
        assertEquals(1, storedIds().size());
        given().queryParam("indicator", indicator)
                .queryParam("jurisdiction", county)
                .get("/api/v1/observations")
                .then()
                .body("items[0].value", equalTo(90));
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
        push(List.of(with(row(2020, 80), "status", "PROVISIONAL")), "")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(1))
                .body("errors[0].code", equalTo("FINAL_VALUE_PROTECTED"));
        push(List.of(with(row(2020, 80), "status", "FINAL")), "")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
    }

    @Test
    void listFiltersByPeriodRangeAndDisaggregationAndPages() {
        push(
                        List.of(
                                row(2018, 80),
                                row(2019, 81),
                                row(2020, 82),
                                with(row(2020, 70), "disaggregation", Map.of("AREA", "RURAL"))),
                        "")
                .then()
                .statusCode(200)
                .body("created", equalTo(4));
        given().queryParam("indicator", indicator)
                .queryParam("from", 2019)
                .queryParam("to", 2020)
                .queryParam("disaggregation", "total")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.period", contains("2019", "2020"));
        given().queryParam("indicator", indicator)
                .queryParam("disaggregation", "AREA=RURAL")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.value", contains(70))
                .body("items[0].disaggregation.AREA", equalTo("RURAL"));
        String cursor = given().queryParam("indicator", indicator)
                .queryParam("limit", 3)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .extract()
                .path("nextCursor");
        given().queryParam("indicator", indicator)
                .queryParam("limit", 3)
                .queryParam("cursor", cursor)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", nullValue());
    }

    @Tag(PACKAGED)
    @Test
    void concurrentOverlappingPushesLeaveOneRowPerKeyAndTrueSummaries() throws Exception {
        // Three rounds, each with a fresh indicator: A pushes age groups G00–G39, B G20–G59, for 36 years each, so
        // 720 keys overlap and carry different values in A and B. Whichever push locks a shared key second finds
        // the other's value and updates it: per key exactly one creation and one update, two revisions in a chain.
        for (int round = 0; round < 3; round++) {
            String ind = Api.newIndicator("PERCENT", "AGE_GROUP");
            List<Map<String, Object>> a = ageGroupRows(ind, 0, 40, 10);
            List<Map<String, Object>> b = ageGroupRows(ind, 20, 60, 20);
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> {
                await(start);
                return push(a, "");
            });
            CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> {
                await(start);
                return push(b, "");
            });
            Response ra = first.get();
            Response rb = second.get();
            assertEquals(200, ra.statusCode(), ra.asString());
            assertEquals(200, rb.statusCode(), rb.asString());
            int overlap = 20 * 36;
            int union = a.size() + b.size() - overlap;
            assertEquals(union, countStored(ind), "one row per natural key");
            assertEquals(
                    union,
                    ra.<Integer>path("created") + rb.<Integer>path("created"),
                    "each key is created by exactly one push");
            assertEquals(
                    overlap,
                    ra.<Integer>path("updated") + rb.<Integer>path("updated"),
                    "the second push to a shared key updates it");
            assertEquals(0, ra.<Integer>path("unchanged") + rb.<Integer>path("unchanged"));
            for (String group : List.of("G20", "G31", "G39")) {
                Map<String, Object> shared = given().queryParam("indicator", ind)
                        .queryParam("disaggregation", "AGE_GROUP=" + group)
                        .queryParam("from", 2001)
                        .queryParam("to", 2001)
                        .get("/api/v1/observations")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0]");
                List<Map<String, Object>> revisions = given().get(
                                "/api/v1/observations/" + shared.get("id") + "/revisions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
                assertEquals(2, revisions.size(), "created once and updated once: " + revisions);
                assertEquals(
                        revisions.get(0).get("newValue"),
                        revisions.get(1).get("oldValue"),
                        "the revisions chain: " + revisions);
                assertEquals(
                        revisions.get(1).get("newValue"),
                        shared.get("value"),
                        "the stored value is the last revision's");
            }
        }
    }

    private static int countStored(String ind) {
        int count = 0;
        String cursor = null;
        do {
            var page = given().queryParam("indicator", ind)
                    .queryParam("limit", 1000)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/observations")
                    .then()
                    .statusCode(200)
                    .extract();
            count += page.<List<Integer>>path("items.id").size();
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return count;
    }

    /** One row per year 1990–2025 and age group G{from}..G{to - 1}, all with the given value. */
    private List<Map<String, Object>> ageGroupRows(String ind, int from, int to, int value) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year = 1990; year <= 2025; year++) {
            for (int g = from; g < to; g++) {
                rows.add(Map.of(
                        "indicator",
                        ind,
                        "jurisdiction",
                        county,
                        "period",
                        Integer.toString(year),
                        "disaggregation",
                        Map.of("AGE_GROUP", String.format("G%02d", g)),
                        "value",
                        value));
            }
        }
        return rows;
    }

    @Test
    void aBadCellIsReportedAgainstItsRowWhileTheOtherRowsApply() {
        List<Object> rows = new ArrayList<>();
        rows.add(row(2020, 90)); // 0 valid
        rows.add(with(row(2021, 90), "disaggregation", "AREA=RURAL")); // 1 not an object
        rows.add(with(row(2022, 90), "indicator", 17)); // 2 not a string
        rows.add(with(row(2023, 90), "remark", "多出的一列")); // 3 an extra spreadsheet column
        rows.add("2024,90"); // 4 not an object
        rows.add(null); // 5
        rows.add(with(
                with(row(2024, 90), "jurisdiction", Integer.parseInt(county)), "period", 2024)); // 6 numbers accepted
        rows.add(with(row(2025, 90), "disaggregation", Map.of("AREA", 1))); // 7 code not a string
        Api.json()
                .body(Map.of("source", "test-mis", "observations", rows))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("received", equalTo(8))
                .body("created", equalTo(2))
                .body("rejected", equalTo(6))
                .body("errors.index", contains(1, 2, 3, 4, 5, 7))
                .body("errors.field", contains("disaggregation", "indicator", "remark", "", "", "disaggregation.AREA"))
                .body(
                        "errors.code",
                        contains(
                                "INVALID_TYPE",
                                "INVALID_TYPE",
                                "UNKNOWN_FIELD",
                                "INVALID_TYPE",
                                "REQUIRED",
                                "INVALID_TYPE"))
                .body("errors[2].message", containsString("indicator, jurisdiction, period"));
        assertEquals(2, storedIds().size());
    }

    @Test
    void valuesArePreciseDecimalsWithinTheStoredDigits() {
        push(
                        List.of(
                                row(2020, new java.math.BigDecimal("12.4100000")),
                                row(2021, new java.math.BigDecimal("1.1234567890123456")),
                                row(2022, new java.math.BigDecimal("1e999999999")),
                                row(2023, new java.math.BigDecimal("-1e-999999999"))),
                        "")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(3))
                .body("errors.index", contains(1, 2, 3))
                .body("errors.code", contains("TOO_PRECISE", "TOO_PRECISE", "TOO_PRECISE"))
                .body("errors[1].message", containsString("1E+999999999"));
        given().queryParam("indicator", indicator)
                .get("/api/v1/observations")
                .then()
                .body("items[0].value", equalTo(12.41f));
        // the same huge number under an Idempotency-Key, which hashes the body, is still a row error and not a 500
        Api.json()
                .header("Idempotency-Key", "huge-" + Api.seq())
                .body(Map.of(
                        "source",
                        "test-mis",
                        "observations",
                        List.of(row(2024, new java.math.BigDecimal("1e999999999")))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(1));
    }

    @Test
    void fifteenSignificantDigitsAreStoredAndReturnedAsSent() {
        String perMille = Api.newIndicator("PER_MILLE");
        List<String> sent =
                List.of("224.964704409885", "0.0244992943774772", "99999999999999.9", "0.00000123456789012345", "12.5");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            rows.add(with(
                    with(row(2015 + i, new java.math.BigDecimal(sent.get(i))), "indicator", perMille),
                    "status",
                    "FINAL"));
        }
        rows.add(with(row(2024, new java.math.BigDecimal("224.9647044098851")), "indicator", perMille));
        rows.add(with(row(2025, new java.math.BigDecimal("0.000001234567890123456")), "indicator", perMille));
        push(rows, "")
                .then()
                .statusCode(200)
                .body("created", equalTo(4))
                .body("rejected", equalTo(3))
                .body("errors.index", contains(2, 5, 6))
                .body("errors.code", contains("OUT_OF_RANGE", "TOO_PRECISE", "TOO_PRECISE"))
                .body("errors[1].message", containsString("16 significant digits; at most 15"));
        String body = given().queryParam("indicator", perMille)
                .queryParam("limit", 100)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String value : List.of("224.964704409885", "0.0244992943774772", "0.00000123456789012345", "12.5")) {
            assertTrue(body.contains("\"value\":" + value + ","), value + " not returned as sent: " + body);
        }
        // re-sent, the same digits are unchanged; the revision carries them too
        push(rows.subList(0, 2), "").then().statusCode(200).body("unchanged", equalTo(2));
        List<Integer> ids = given().queryParam("indicator", perMille)
                .queryParam("from", 2015)
                .queryParam("to", 2015)
                .get("/api/v1/observations")
                .then()
                .extract()
                .path("items.id");
        assertTrue(given().get("/api/v1/observations/" + ids.get(0) + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .contains("\"newValue\":224.964704409885"));
    }

    @Test
    void periodsDepartmentsAndNotesAreChecked() {
        int nextYear = java.time.Year.now().getValue() + 1;
        push(
                        List.of(
                                row(1989, 1),
                                row(nextYear, 1),
                                with(row(2020, 1), "department", "NO-SUCH-DEP"),
                                with(row(2021, 1), "note", "注".repeat(501)),
                                with(row(2022, 1), "period", 2022)),
                        "")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("errors.index", contains(0, 1, 2, 3))
                .body("errors.code", contains("OUT_OF_RANGE", "OUT_OF_RANGE", "UNKNOWN_REFERENCE", "OUT_OF_RANGE"))
                .body("errors[1].message", containsString("1990–" + (nextYear - 1)));
    }

    @Test
    void aNoteOrDepartmentChangeIsAnUpdateWithItsRevision() {
        String department = Api.newDepartment(county);
        push(List.of(with(row(2020, 90), "note", "初报")), "")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        push(List.of(with(row(2020, 90), "note", "终审")), "")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        push(List.of(with(with(row(2020, 90), "note", "终审"), "department", department)), "")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        push(List.of(with(with(row(2020, 90), "note", "终审"), "department", department)), "")
                .then()
                .statusCode(200)
                .body("unchanged", equalTo(1));
        given().get("/api/v1/observations/" + storedIds().get(0) + "/revisions")
                .then()
                .statusCode(200)
                .body("items.note", contains("初报", "终审", "终审"))
                .body("items.department", contains(nullValue(), nullValue(), equalTo(department)));
    }

    @Test
    void aFinalValueResentAsProvisionalIsUnchangedButAProvisionalChangeIsRefused() {
        push(List.of(with(row(2020, 90), "status", "FINAL")), "").then().statusCode(200);
        push(List.of(row(2020, 90)), "").then().statusCode(200).body("unchanged", equalTo(1));
        push(List.of(with(row(2020, 90), "note", "改")), "")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(1))
                .body("errors[0].code", equalTo("FINAL_VALUE_PROTECTED"))
                .body("errors[0].message", containsString("note"));
        given().get("/api/v1/observations/" + storedIds().get(0) + "/revisions")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void atomicPushRefusedAgainstAStoredFinalValueUndoesTheRowsItHadWritten() {
        push(List.of(with(row(2020, 90), "status", "FINAL")), "").then().statusCode(200);
        // row 0 is new and row 1 would change a FINAL value with a PROVISIONAL one: found only under lock
        push(List.of(row(2019, 80), row(2020, 85)), "?atomic=true")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://planwatch.io/problems/import-rejected"))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].code", equalTo("FINAL_VALUE_PROTECTED"));
        assertEquals(1, storedIds().size());
        given().queryParam("indicator", indicator)
                .get("/api/v1/observations")
                .then()
                .body("items[0].value", equalTo(90));
    }

    @Test
    void aDryRunWritesNoPushNoRevisionAndKeepsNoIdempotencyKey() {
        String source = "dry-" + Api.seq();
        Api.json()
                .body(Map.of("source", source, "observations", List.of(row(2020, 90))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200);
        String key = "dry-" + Api.seq();
        Map<String, Object> body = Map.of("source", source, "observations", List.of(row(2020, 91), row(2021, 1)));
        Api.json()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/observations?dryRun=true")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("created", equalTo(1));
        given().get("/api/v1/observations/" + storedIds().get(0) + "/revisions")
                .then()
                .body("items", hasSize(1));
        given().queryParam("source", source)
                .get("/api/v1/observation-pushes")
                .then()
                .body("items", hasSize(1));
        Api.json()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("updated", equalTo(1))
                .body("created", equalTo(1));
        given().queryParam("source", source)
                .get("/api/v1/observation-pushes")
                .then()
                .body("items", hasSize(2));
    }

    @Test
    void anUnknownDefaultDepartmentIsTheBatchsErrorOnce() {
        Api.problem(
                        Api.json()
                                .body(Map.of(
                                        "source",
                                        "test-mis",
                                        "department",
                                        "NO-SUCH-DEP",
                                        "observations",
                                        List.of(row(2020, 90), row(2021, 91))))
                                .post("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("department"));
        assertEquals(0, storedIds().size());
    }

    @Test
    void aBatchOfUnknownColumnsAnswersOneErrorPerRowAndCapsTheList() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            Map<String, Object> r = row(1990 + i % 30, 1);
            r.put("extra1", "x");
            r.put("extra2", "y");
            r.put(
                    "disaggregation",
                    Map.of("AREA", i % 2 == 0 ? "URBAN" : "RURAL", "SEX", (i / 60) % 2 == 0 ? "F" : "M"));
            rows.add(r);
        }
        push(rows, "")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(1500))
                .body("errors", hasSize(1000))
                .body("errorsOmitted", equalTo(500))
                .body("errors[0].message", containsString("unknown fields"));
    }

    @Test
    void aNonBooleanDryRunIsRefusedRatherThanReadAsFalse() {
        Api.problem(push(List.of(row(2020, 90)), "?dryRun=1").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("dryRun"))
                .body("detail", containsString("true or false"));
        Api.problem(push(List.of(row(2020, 90)), "?atomic=yes").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("atomic"));
        assertEquals(0, storedIds().size());
    }

    @Test
    void queryParametersOfTheWrongTypeAreNamedIn400s() {
        Api.problem(
                        given().queryParam("from", "abc")
                                .get("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("from"));
        Api.problem(
                        given().queryParam("status", "final")
                                .get("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("status"))
                .body("detail", containsString("PROVISIONAL, FINAL"));
        Api.problem(
                        given().queryParam("disaggregation", "SEX")
                                .get("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("disaggregation"));
        Api.problem(
                        given().queryParam("cursor", "!!")
                                .get("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("cursor"));
        Api.problem(given().get("/api/v1/observations/abc/revisions").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("id"));
    }

    @Tag(PACKAGED)
    @Test
    void repeatedIdempotencyKeyReplaysTheFirstAnswer() {
        String key = "k-" + Api.seq();
        List<Map<String, Object>> rows = List.of(row(2020, 90));
        Api.json()
                .header("Idempotency-Key", key)
                .body(Map.of("source", "test-mis", "observations", rows))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        Api.json()
                .header("Idempotency-Key", key)
                .body(Map.of("source", "test-mis", "observations", rows))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("created", equalTo(1))
                .body("unchanged", equalTo(0));
        Api.json()
                .header("Idempotency-Key", key)
                .body(Map.of("source", "test-mis", "observations", List.of(row(2021, 90))))
                .post("/api/v1/observations")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://planwatch.io/problems/idempotency-key-reused"))
                .body("detail", containsString(key));
    }

    /** Issue 14 item 5: eight clients send one key at once; the push applies once and all eight get its summary. */
    @Test
    void concurrentPushesWithOneIdempotencyKeyApplyOnce() throws Exception {
        String key = "race-" + Api.seq();
        Map<String, Object> body = Map.of("source", "test-mis", "observations", List.of(row(2020, 90), row(2021, 91)));
        int clients = 8;
        CyclicBarrier start = new CyclicBarrier(clients);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> pushes = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                pushes.add(threads.submit(() -> {
                    await(start);
                    return Api.json().header("Idempotency-Key", key).body(body).post("/api/v1/observations");
                }));
            }
            for (Future<Response> push : pushes) {
                answers.add(push.get());
            }
        } finally {
            threads.shutdownNow();
        }
        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
            assertEquals(
                    2, answer.<Integer>path("created"), "all answer as the push that applied: " + answer.asString());
            assertEquals(answers.get(0).<Integer>path("push"), answer.<Integer>path("push"), answer.asString());
        }
        given().get("/api/v1/observations/" + storedIds().get(0) + "/revisions")
                .then()
                .body("items", hasSize(1));
    }

    @Test
    void idempotencyKeysAreExactAndScopedToTheCaller() {
        String key = "Annual-" + Api.seq();
        Api.json()
                .header("Idempotency-Key", key)
                .body(Map.of("source", "test-mis", "observations", List.of(row(2020, 90))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        Api.json()
                .header("Idempotency-Key", key.toLowerCase())
                .body(Map.of("source", "test-mis", "observations", List.of(row(2021, 90))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("created", equalTo(1));
        // the key belongs to the token's subject, whatever source the body names: another system may use it too
        Api.asSubject("other-system", "admin", "450000", null)
                .header("Idempotency-Key", key)
                .body(Map.of("source", "test-mis", "observations", List.of(row(2022, 90))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("created", equalTo(1));
        // and the same caller naming another source is still the same caller: a different body under its key is refused
        Api.problem(
                Api.json()
                        .header("Idempotency-Key", key)
                        .body(Map.of("source", "other-mis", "observations", List.of(row(2023, 90))))
                        .post("/api/v1/observations")
                        .then(),
                422,
                "idempotency-key-reused");
        assertEquals(3, storedIds().size());
    }

    @Test
    void batchAboveTheLimitIs413AndWritesNothing() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            rows.add(row(2020, 1));
        }
        push(rows, "")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/payload-too-large"))
                .body("detail", containsString("more than 10000 rows"));
        assertEquals(0, storedIds().size());
    }

    @Test
    void bodyAboveTheHttpLimitIs413ProblemAndWritesNothing() throws java.io.IOException {
        // A declared 33 MiB, above quarkus.http.limits.max-body-size (32M), is refused from its Content-Length before
        // the
        // body is read: the headers and the first bytes show it, without building and uploading 33 MB.
        long declared = 33L * 1024 * 1024;
        String token =
                io.planwatch.testing.TestTokens.token(Api.ADMIN_SUBJECT, java.util.Set.of("admin"), "450000", null);
        String answer;
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream()
                    .write(
                            ("POST /api/v1/observations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                            + "Accept: application/json\r\nAuthorization: Bearer " + token
                                            + "\r\nContent-Length: " + declared + "\r\n\r\n"
                                            + "{\"source\": \"x\", \"observations\": [{\"indicator\": \"" + indicator
                                            + "\", \"jurisdiction\": \"" + county
                                            + "\", \"period\": \"2020\", \"value\": 1},")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            // the service answers, then closes the connection instead of reading the declared rest
            answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.startsWith("http/1.1 413"), head);
        assertTrue(head.contains("content-type: application/problem+json"), head);
        io.restassured.path.json.JsonPath problem =
                io.restassured.path.json.JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals("https://planwatch.io/problems/payload-too-large", problem.getString("type"));
        assertEquals(413, problem.getInt("status"));
        assertEquals("/api/v1/observations", problem.getString("instance"));
        assertTrue(problem.getString("detail").contains("32 MiB"), problem.getString("detail"));
        assertEquals(0, storedIds().size());
    }

    @Tag(PACKAGED)
    @Test
    void malformedBodiesAreProblems() {
        Api.json()
                .body("{\"source\": \"x\", \"observations\": [")
                .post("/api/v1/observations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/malformed-json"));
        Api.json()
                .body(Map.of("source", "x", "observations", List.of(row(2020, 1)), "extra", 1))
                .post("/api/v1/observations")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("extra"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        Api.json()
                .body(Map.of("observations", List.of(row(2020, 1))))
                .post("/api/v1/observations")
                .then()
                .statusCode(400)
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("source"));
        given().contentType("application/xml")
                .body("<a/>")
                .post("/api/v1/observations")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/unsupported-media-type"));
    }

    @Test
    void everyAppliedPushIsRecordedWithItsRowErrorsAndDryRunsAreNot() {
        String source = "audit-" + Api.seq();
        Map<String, Object> body = Map.of("source", source, "observations", List.of(row(2020, 90), row(2021, 190)));
        int push = Api.json()
                .body(body)
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .path("push");
        Api.json().body(body).post("/api/v1/observations?dryRun=true").then().statusCode(200);
        given().get("/api/v1/observation-pushes/" + push)
                .then()
                .statusCode(200)
                .body("source", equalTo(source))
                .body("received", equalTo(2))
                .body("created", equalTo(1))
                .body("rejected", equalTo(1))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        given().queryParam("source", source)
                .get("/api/v1/observation-pushes")
                .then()
                .statusCode(200)
                .body("items.id", contains(push))
                .body("items[0].errors", nullValue());
        given().get("/api/v1/observation-pushes/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void revisionsOfAnUnknownObservationIs404() {
        given().get("/api/v1/observations/987654321/revisions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
