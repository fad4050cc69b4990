package io.planwatch.reliability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defects of issue 15, one test each, reproduced as the probe found them. */
@QuarkusTest
class DefectsTest {

    @Inject
    AgroalDataSource dataSource;

    private static String goalLines(int n) {
        StringBuilder text = new StringBuilder("（一）儿童与健康。\n主要目标：\n");
        for (int i = 0; i < n; i++) {
            text.append("1.婴儿死亡率降至5.0‰以下。\n");
        }
        return text.toString();
    }

    /** Item 1: N identical goal lines gave N² targets (400 lines: 160,000 targets, a 500). */
    @Test
    void identicalGoalLinesGiveOneTargetEach() {
        Api.given()
                .contentType("text/plain; charset=UTF-8")
                .body(goalLines(400))
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .body("items", hasSize(1))
                .body("items[0].targets", hasSize(400));
    }

    @Test
    void aTextOfMoreTargetsThanAPlanHasIs422() {
        Api.problem(
                        Api.given()
                                .contentType("text/plain; charset=UTF-8")
                                .body(goalLines(1_200))
                                .post("/api/v1/plan-drafts")
                                .then(),
                        422,
                        "unprocessable")
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
    }

    /** Item 2: a body trickling in held a worker thread for 30 minutes; now 408 within two windows, health answering. */
    @Test
    void aTricklingBodyIsAnswered408AndHealthAnswersMeanwhile() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/plan-drafts HTTP/1.1\r\nHost: localhost\r\n" + Http.authorization()
                            + "Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\n" + "（一）")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            assertEquals(200, Http.get("/q/health/ready").statusCode());
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(512), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
    }

    /**
     * Item 3: no free connection within the acquisition timeout was a 500; it is a 503 with Retry-After. The pool
     * waits 1 s here rather than the tests' 20 s: the answer is the same, only sooner.
     */
    @Test
    void anExhaustedPoolIs503WithRetryAfter() throws Exception {
        AgroalConnectionPoolConfiguration pool = dataSource.getConfiguration().connectionPoolConfiguration();
        Duration timeout = pool.acquisitionTimeout();
        List<Connection> held = new ArrayList<>();
        try {
            pool.setAcquisitionTimeout(Duration.ofSeconds(1));
            for (int i = 0; i < pool.maxSize(); i++) {
                held.add(dataSource.getConnection());
            }
            Api.problem(Api.given().get("/api/v1/observations?limit=10").then(), 503, "service-unavailable")
                    .header("Retry-After", equalTo("5"));
        } finally {
            pool.setAcquisitionTimeout(timeout);
            for (Connection c : held) {
                c.close();
            }
        }
        Api.given().get("/api/v1/observations?limit=1").then().statusCode(200);
    }

    /** Item 4: Accept: application/xml stored the rows, then answered 406. */
    @Test
    void aWriteThatCannotBeAnsweredIs406BeforeAnythingIsStored() {
        String county = Api.newCounty();
        String body = "{\"source\":\"acc\",\"observations\":[{\"indicator\":\"CH-HEALTH-IMR\",\"jurisdiction\":\""
                + county + "\",\"period\":\"2024\",\"value\":2.0}]}";
        Api.problem(
                Api.given()
                        .contentType("application/json")
                        .accept("application/xml")
                        .body(body)
                        .post("/api/v1/observations")
                        .then(),
                406,
                "not-acceptable");
        Api.given()
                .queryParam("jurisdiction", county)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        int before = Api.given().get("/api/v1/plan-drafts/1").statusCode();
        Api.problem(
                Api.given()
                        .contentType("text/plain")
                        .accept("application/xml")
                        .body(goalLines(1))
                        .post("/api/v1/plan-drafts")
                        .then(),
                406,
                "not-acceptable");
        assertTrue(before == 200 || before == 404);
    }

    /** Item 5: duplicate keys, a garbage Content-Type and null inside arrays were 500s. */
    @Test
    void duplicateKeysAre400NamingTheField() {
        Api.problem(
                        Api.json()
                                .body(
                                        "{\"code\":\"DUP-9\",\"name\":\"x\",\"jurisdiction\":\"450223\",\"code\":\"DUP-8\"}")
                                .post("/api/v1/departments")
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("code"));
        Api.given().get("/api/v1/departments/DUP-8").then().statusCode(404);
        Api.given().get("/api/v1/departments/DUP-9").then().statusCode(404);
        Api.problem(
                        Api.json()
                                .body("{\"source\":\"a\",\"source\":\"b\",\"observations\":[]}")
                                .post("/api/v1/observations")
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("source"));
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIs415() throws Exception {
        HttpResponse<String> answer =
                Http.post("/api/v1/observations", "garbage", "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", Http.contentType(answer));
    }

    @Test
    void nullInsideAnArrayIs400NamingTheElement() {
        String plan = Api.newPlan();
        Map<String, Object> target = new java.util.HashMap<>(
                Map.of("domain", 1, "goal", 1, "indicator", "CH-HEALTH-IMR", "kind", "AT_MOST", "value", 5));
        target.put("milestones", java.util.Arrays.asList((Object) null));
        Api.problem(
                        Api.json()
                                .body(target)
                                .post("/api/v1/plans/" + plan + "/targets")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("milestones[0]"));
        Api.problem(
                Api.json()
                        .body(
                                "{\"code\":\"T-NUL-" + Api.seq()
                                        + "\",\"name\":\"x\",\"unit\":\"PERCENT\",\"polarity\":\"HIGHER_IS_BETTER\",\"dimensions\":[null]}")
                        .post("/api/v1/indicators")
                        .then(),
                400,
                "validation-failed");
    }

    /** Item 6: 400 details named Java types (java.util.HashSet<io.planwatch.indicator.Dimension>). */
    @Test
    void wrongTypesAreDescribedInTheApisWords() {
        Api.problem(
                        Api.json()
                                .body(
                                        "{\"code\":\"T-LEAK\",\"name\":\"x\",\"unit\":\"PERCENT\",\"polarity\":\"HIGHER_IS_BETTER\",\"dimensions\":\"SEX\"}")
                                .post("/api/v1/indicators")
                                .then(),
                        400,
                        "malformed-json")
                .body("detail", containsString("expected an array"))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("io.planwatch")));
        Api.problem(
                        Api.json()
                                .body("{\"code\":\"T-LEAK\",\"name\":\"x\",\"unit\":NaN}")
                                .post("/api/v1/indicators")
                                .then(),
                        400,
                        "malformed-json")
                .body("detail", not(containsString("`")))
                .body("detail", not(containsString("Feature")));
    }

    @Test
    void aLongRequestTargetIsAProblem() throws Exception {
        HttpResponse<String> longTarget = Http.get("/api/v1/observations?indicator=" + "x".repeat(20_000));
        assertEquals(414, longTarget.statusCode(), longTarget.body());
        assertEquals("application/problem+json", Http.contentType(longTarget));
    }

    /** Item 8: Content-Length together with Transfer-Encoding was accepted. */
    @Test
    void aBodyFramedTwoWaysIs400() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/v1/departments HTTP/1.1\r\nHost: localhost\r\n" + Http.authorization()
                                    + "Content-Type: application/json\r\n"
                                    + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(256), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
            assertFalse(answer.contains("text/html"), answer);
        }
    }
}
