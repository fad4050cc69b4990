package io.planwatch.evaluation;

import static io.planwatch.evaluation.PlanFixture.push;
import static io.planwatch.evaluation.PlanFixture.value;
import static io.planwatch.testing.Api.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.planwatch.testing.Api;
import io.planwatch.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Status reads come from the cache while their inputs are unchanged, and from the database the moment one changes. */
@QuarkusTest
class EvaluationCacheTest {

    @Inject
    AgroalDataSource dataSource;

    private static String etag(String path) {
        return given().get(path)
                .then()
                .statusCode(200)
                .header("ETag", matchesPattern("\"\\d+-[0-9a-f]{24}\""))
                .extract()
                .header("ETag");
    }

    private static void notModified(String path, String etag) {
        notModified(path, etag, etag);
    }

    private static void notModified(String path, String ifNoneMatch, String etag) {
        given().header("If-None-Match", ifNoneMatch)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
    }

    @Test
    void anUnchangedEvaluationIs304AndEachKindOfInputChangeGivesANewAnswer() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        long target = f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        long qualitative = f.target(Map.of("kind", "QUALITATIVE"));
        push(List.of(value(indicator, f.jurisdiction, 2020, 8), value(indicator, f.jurisdiction, 2021, 7)));
        String path = "/api/v1/plans/" + f.plan + "/evaluation?asOf=2021";
        String first = etag(path);
        notModified(path, first);
        notModified(path, "\"other\", W/" + first, first);
        assertEquals(first, etag(path), "nothing changed: the same answer");

        // a push
        push(List.of(value(indicator, f.jurisdiction, 2021, 4)));
        given().header("If-None-Match", first)
                .get(path)
                .then()
                .statusCode(200)
                .body("targets[0].status", equalTo("ACHIEVED"));
        String afterPush = etag(path);
        assertNotEquals(first, afterPush);
        notModified(path, afterPush);

        // a target edit
        Api.json()
                .body(Map.of("domain", 1, "indicator", indicator, "kind", "AT_MOST", "value", 3))
                .put(f.targetPath(target))
                .then()
                .statusCode(200);
        given().header("If-None-Match", afterPush)
                .get(path)
                .then()
                .statusCode(200)
                .body("targets[0].status", org.hamcrest.Matchers.not(equalTo("ACHIEVED")));
        String afterEdit = etag(path);
        assertNotEquals(afterPush, afterEdit);

        // an assessment
        given().get(path).then().body("targets[1].status", equalTo("NOT_ASSESSED"));
        Api.json()
                .body(Map.of("year", 2021, "level", "PROGRESSING", "evidence", "已启动"))
                .post(f.targetPath(qualitative) + "/assessments")
                .then()
                .statusCode(201);
        given().header("If-None-Match", afterEdit)
                .get(path)
                .then()
                .statusCode(200)
                .body("targets[1].status", org.hamcrest.Matchers.not(equalTo("NOT_ASSESSED")));
        assertNotEquals(afterEdit, etag(path));
    }

    /**
     * The version bump is the write's last statement: when it fails (here its table is away), the write is undone
     * too, so no committed edit hides behind a cached answer.
     */
    @Test
    void anEditWhoseVersionBumpFailsIsUndoneAndTheCachedAnswerStaysTrue() throws SQLException {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        long target = f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2021, 4)));
        String path = "/api/v1/plans/" + f.plan + "/evaluation?asOf=2021";
        String before = etag(path);
        sql("RENAME TABLE data_version TO data_version_away");
        try {
            Api.json()
                    .body(Map.of("domain", 1, "indicator", indicator, "kind", "AT_MOST", "value", 3))
                    .put(f.targetPath(target))
                    .then()
                    .statusCode(500)
                    .contentType("application/problem+json");
        } finally {
            sql("RENAME TABLE data_version_away TO data_version");
        }
        given().get(f.targetPath(target)).then().statusCode(200).body("value", equalTo(5));
        notModified(path, before);
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /**
     * A dashboard in a browser takes gzip: it gets the same JSON compressed, under an ETag of its own (a strong ETag
     * names one representation), a 304 on it, and Vary tells caches the answer depends on Accept-Encoding.
     */
    @Test
    void gzipIsTheSameAnswerUnderItsOwnETagAndIs304OnIt() throws Exception {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2021, 4)));
        String path = "/api/v1/plans/" + f.plan + "/evaluation?asOf=2021";
        HttpResponse<byte[]> plain = raw(path, Map.of());
        HttpResponse<byte[]> gzip = raw(path, Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(
                gzip.headers().allValues("Vary").toString().contains("Accept-Encoding"),
                gzip.headers().map().toString());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        String etag = gzip.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plain.headers().firstValue("ETag").orElseThrow(), etag);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertEquals(
                    new String(plain.body(), StandardCharsets.UTF_8),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> again = raw(path, Map.of("Accept-Encoding", "gzip", "If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    private static HttpResponse<byte[]> raw(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header(
                        "Authorization",
                        "Bearer " + TestTokens.token(Api.ADMIN_SUBJECT, Set.of("admin"), "450000", null));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void warningsAndReportingStatusCarryTheirOwnETags() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2020, 8)));
        String warnings = "/api/v1/plans/" + f.plan + "/warnings?asOf=2021";
        String status = "/api/v1/plans/" + f.plan + "/reporting-status?year=2021";
        String w = etag(warnings);
        String s = etag(status);
        assertNotEquals(w, s, "one ETag per read and arguments");
        notModified(warnings, w);
        notModified(status, s);
        given().get(status).then().body(org.hamcrest.Matchers.containsString(indicator));
        push(List.of(value(indicator, f.jurisdiction, 2021, 4)));
        given().header("If-None-Match", s)
                .get(status)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(indicator)));
        given().header("If-None-Match", w).get(warnings).then().statusCode(200);
    }

    /**
     * Pushes of 186 rows, each setting every value of the county and its five townships to 10 or to 20, commit while
     * snapshots are taken: every snapshot holds one push whole, never values of two.
     */
    @Test
    void aSnapshotTakenWhilePushesCommitHoldsEachPushWholeOrNotAtAll() throws Exception {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        List<String> places = new ArrayList<>(List.of(f.jurisdiction));
        for (int i = 1; i <= 5; i++) {
            places.add(f.township("10" + i));
        }
        f.target(Map.of(
                "indicator",
                indicator,
                "kind",
                "AT_MOST",
                "value",
                5,
                "scope",
                Map.of("type", "EACH", "level", "TOWNSHIP")));
        push(rows(indicator, places, 10));
        CompletableFuture<Void> pushes = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 12; i++) {
                push(rows(indicator, places, i % 2 == 0 ? 20 : 10));
            }
        });
        String snapshots = "/api/v1/plans/" + f.plan + "/snapshots";
        Pattern valueOf = Pattern.compile("\"value\":(10|20)\\b");
        int taken = 0;
        int whole = -1;
        while (!pushes.isDone() || taken < 3) {
            long id = Api.json()
                    .body(Map.of("kind", "ANNUAL", "asOf", 2024))
                    .post(snapshots)
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            String inputs = given().get(snapshots + "/" + id + "/inputs")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            Set<String> seen = new HashSet<>();
            int points = 0;
            for (Matcher m = valueOf.matcher(inputs); m.find(); points++) {
                seen.add(m.group(1));
            }
            assertEquals(1, seen.size(), "snapshot " + id + " mixes two pushes: " + seen);
            whole = whole < 0 ? points : whole;
            assertEquals(whole, points, "snapshot " + id + " holds every value of the push");
            taken++;
        }
        pushes.get();
        assertTrue(taken >= 3 && whole >= places.size() * 5, "snapshots: " + taken + ", values in each: " + whole);
    }

    private static List<Map<String, Object>> rows(String indicator, List<String> places, int v) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String place : places) {
            for (int year = 1995; year < 2025; year++) {
                rows.add(value(indicator, place, year, v));
            }
        }
        return rows;
    }
}
