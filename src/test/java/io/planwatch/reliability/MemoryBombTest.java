package io.planwatch.reliability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * One request of any shape under the body limit is answered 2xx or 4xx, and the service answers others while it
 * reads it (each bomb is sent in the background while the health check is asked). Before the bounded reader, the
 * first two drove a 512 MiB heap out of memory.
 */
@QuarkusTest
class MemoryBombTest {

    private static final int BODY_LIMIT = 32 * 1024 * 1024;

    /** Sends the body in the background, asks the health check meanwhile, and returns the bomb's answer. */
    private static HttpResponse<String> whileHealthAnswers(String path, String contentType, byte[] body)
            throws Exception {
        CompletableFuture<HttpResponse<String>> bomb = CompletableFuture.supplyAsync(() -> {
            try {
                return Http.post(path, contentType, body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpResponse<String> health = Http.get("/q/health/live");
        assertEquals(200, health.statusCode(), health.body());
        HttpResponse<String> answer = bomb.get();
        assertTrue(answer.statusCode() < 500, answer.statusCode() + " " + answer.body());
        return answer;
    }

    private static byte[] rows(String head, String element, int n, String tail) {
        StringBuilder s = new StringBuilder(head);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append(element);
        }
        return s.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeated(String head, String element, String separator, String tail, int limit) {
        StringBuilder s = new StringBuilder(limit).append(head);
        while (s.length() + element.length() + separator.length() + tail.length() < limit) {
            s.append(element).append(separator);
        }
        s.setLength(s.length() - separator.length());
        return s.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thirtyTwoMebibytesOfEmptyRowsIsRefusedAtTheRowLimit() throws Exception {
        byte[] body = repeated("{\"source\":\"bomb\",\"observations\":[", "{}", ",", "]}", BODY_LIMIT - 1024);
        HttpResponse<String> answer = whileHealthAnswers("/api/v1/observations", "application/json", body);
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", Http.contentType(answer));
        assertTrue(answer.body().contains("more than 10000 rows"), answer.body());
    }

    @Test
    void tenThousandRowsOfLongCodesAreRowErrorsQuotingTheirStart() throws Exception {
        String code = "X".repeat(3_000);
        byte[] body = rows(
                "{\"source\":\"bomb\",\"observations\":[",
                "{\"indicator\":\"" + code + "\",\"jurisdiction\":\"450223\",\"period\":\"2023\",\"value\":1}",
                10_000,
                "]}");
        HttpResponse<String> answer = whileHealthAnswers("/api/v1/observations", "application/json", body);
        assertEquals(200, answer.statusCode(), answer.body().substring(0, 300));
        assertTrue(
                answer.body().length() < 400_000,
                "the answer has " + answer.body().length() + " characters");
        Integer push = io.restassured.path.json.JsonPath.from(answer.body()).get("push");
        Api.given()
                .get("/api/v1/observation-pushes/" + push)
                .then()
                .statusCode(200)
                .body("rejected", equalTo(10_000))
                .body("errors", hasSize(1000))
                .body("errors.code", everyItem(equalTo("OUT_OF_RANGE")))
                .body("errors[0].message", containsString("starts 'XXXXXXXXXX"))
                .body("errors.message", everyItem(not(containsString(code))));
    }

    @Test
    void aDryRunWithAMegabyteCodeIsARowError() throws Exception {
        String body = "{\"source\":\"bomb\",\"observations\":[{\"indicator\":\"" + "I".repeat(17_000_000)
                + "\",\"jurisdiction\":\"450223\",\"period\":\"2023\",\"value\":1}]}";
        HttpResponse<String> answer = whileHealthAnswers(
                "/api/v1/observations?dryRun=true", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("longer than 64") && answer.body().length() < 2_000, answer.body());
    }

    @Test
    void manyErrorsPerRowAreListedUpToTheCap() throws Exception {
        byte[] body = rows(
                "{\"source\":\"bomb\",\"observations\":[",
                "{\"indicator\":1,\"jurisdiction\":[],\"period\":{},\"value\":\"x\","
                        + "\"status\":2,\"department\":3,\"note\":4,\"a\":1,\"b\":2,\"c\":3}",
                10_000,
                "]}");
        HttpResponse<String> answer = whileHealthAnswers("/api/v1/observations", "application/json", body);
        assertEquals(200, answer.statusCode());
        io.restassured.path.json.JsonPath summary = io.restassured.path.json.JsonPath.from(answer.body());
        assertEquals(10_000, summary.getInt("rejected"));
        assertEquals(1000, summary.getList("errors").size());
        assertTrue(summary.getInt("errorsOmitted") > 50_000, answer.body().substring(0, 200));
    }

    @Test
    void deepNestingIsRefusedInTheApisWords() throws Exception {
        int depth = 1_000_000;
        byte[] body = ("{\"source\":\"bomb\",\"observations\":[{\"value\":" + "[".repeat(depth) + "]".repeat(depth)
                        + "}]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = whileHealthAnswers("/api/v1/observations", "application/json", body);
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("deeper than 32 levels"), answer.body());
        assertFalse(answer.body().contains("StreamReadConstraints"), answer.body());

        HttpResponse<String> department = whileHealthAnswers(
                "/api/v1/departments",
                "application/json",
                ("{\"code\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8));
        assertEquals(400, department.statusCode(), department.body());
        assertFalse(department.body().contains("StreamReadConstraints"), department.body());
    }

    @Test
    void aLargeBodyOutsideAPushIsA413() throws Exception {
        byte[] body = ("{\"code\":\"T-BIG\"" + " ".repeat(8 * 1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = whileHealthAnswers("/api/v1/indicators", "application/json", body);
        assertEquals(413, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", Http.contentType(answer));
    }

    @Test
    void csvOfNewlinesAndOfCommasIsBounded() throws Exception {
        byte[] newlines = repeated("indicator,jurisdiction,period,value\n", "", "\n", "", BODY_LIMIT - 1024);
        HttpResponse<String> blank = whileHealthAnswers("/api/v1/observations?source=bomb", "text/csv", newlines);
        assertEquals(200, blank.statusCode(), blank.body());
        assertTrue(blank.body().contains("\"received\":0"), blank.body());

        byte[] commas = repeated(
                "indicator,jurisdiction,period,value\nCH-HEALTH-IMR,450223,2023,1", "a", ",", "\n", BODY_LIMIT - 1024);
        HttpResponse<String> wide =
                whileHealthAnswers("/api/v1/observations?source=bomb&dryRun=true", "text/csv", commas);
        assertEquals(200, wide.statusCode(), wide.body());
        assertTrue(wide.body().contains("UNKNOWN_FIELD") && wide.body().length() < 2_000, wide.body());
    }

    @Test
    void theSummaryStoredStaysSmallWhateverTheRowsEcho() {
        Api.json()
                .body("{\"source\":\"bomb\",\"observations\":[{\"indicator\":\"" + "é".repeat(20_000) + "\"}]}")
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("errors[0].message.length()", lessThan(200));
    }
}
