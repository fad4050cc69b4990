package io.planwatch.reliability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The smaller defects of issue 15 (item 8), one test each, as the probe found them. */
@QuarkusTest
class SmallDefectsTest {

    /** A lone surrogate was stored as '?' while the 201 echoed it. */
    @Test
    void aLoneSurrogateIs400NamingTheField() {
        String code = "T-SUR-" + Api.seq();
        Api.problem(
                        Api.json()
                                .body("{\"code\":\"" + code + "\",\"name\":\"\\ud800鹿\",\"jurisdiction\":\"450223\"}")
                                .post("/api/v1/departments")
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"))
                .body("detail", containsString("surrogate"));
        Api.given().get("/api/v1/departments/" + code).then().statusCode(404);
        Api.json()
                .body("{\"code\":\"" + code + "\",\"name\":\"\\ud83d\\ude00 表情\",\"jurisdiction\":\"450223\"}")
                .post("/api/v1/departments")
                .then()
                .statusCode(201)
                .body("name", equalTo("😀 表情"));
    }

    /** NUL and other control characters were accepted in names; tabs and line breaks stay allowed where text is. */
    @Test
    void controlCharactersInTextAre400() {
        String code = "T-NUL-" + Api.seq();
        Api.problem(
                        Api.json()
                                .body(Map.of(
                                        "code",
                                        code,
                                        "name",
                                        "a\u0000b",
                                        "unit",
                                        "PERCENT",
                                        "polarity",
                                        "HIGHER_IS_BETTER"))
                                .post("/api/v1/indicators")
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("name"));
        Api.problem(
                Api.json()
                        .body(Map.of(
                                "code", code, "name", "\u001B[31m红", "unit", "PERCENT", "polarity", "HIGHER_IS_BETTER"))
                        .post("/api/v1/indicators")
                        .then(),
                400,
                "malformed-json");
        Api.given().get("/api/v1/indicators/" + code).then().statusCode(404);
        String county = Api.newCounty();
        Api.json()
                .body(Map.of(
                        "source",
                        "acc",
                        "observations",
                        List.of(Map.of(
                                "indicator",
                                "CH-HEALTH-IMR",
                                "jurisdiction",
                                county,
                                "period",
                                "2024",
                                "value",
                                2.0,
                                "note",
                                "备注\u0000"))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("errors[0].field", equalTo("note"))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
        Api.problem(
                        Api.json()
                                .body(Map.of("source", "a\u0007", "observations", List.of()))
                                .post("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("source"));
    }

    /** status: ADOPTED could be set on create, skipping the draft a plan is adopted from. */
    @Test
    void aPlanIsCreatedDraft() {
        String code = "t-adopted-" + Api.seq();
        Map<String, Object> plan = new java.util.HashMap<>(Map.of(
                "code",
                code,
                "title",
                "测试",
                "jurisdiction",
                "450223",
                "population",
                "CHILDREN",
                "periodStart",
                2021,
                "periodEnd",
                2030,
                "status",
                "ADOPTED"));
        Api.problem(Api.json().body(plan).post("/api/v1/plans").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("READ_ONLY"));
        Api.given().get("/api/v1/plans/" + code).then().statusCode(404);
        plan.put("status", "DRAFT");
        Api.json().body(plan).post("/api/v1/plans").then().statusCode(201).body("status", equalTo("DRAFT"));
    }

    /** Two FINAL snapshots of the same plan and year were both accepted. */
    @Test
    void aSecondFinalSnapshotOfAYearIs409() {
        String plan = Api.newPlan();
        String snapshots = "/api/v1/plans/" + plan + "/snapshots";
        Api.json()
                .body(Map.of("kind", "FINAL"))
                .post(snapshots)
                .then()
                .statusCode(201)
                .body("asOf", equalTo(2030));
        Api.problem(
                Api.json()
                        .body(Map.of("kind", "FINAL", "asOf", 2030))
                        .post(snapshots)
                        .then(),
                409,
                "conflict");
        Api.json()
                .body(Map.of("kind", "FINAL", "asOf", 2029))
                .post(snapshots)
                .then()
                .statusCode(201);
        Api.json()
                .body(Map.of("kind", "ANNUAL", "asOf", 2030))
                .post(snapshots)
                .then()
                .statusCode(201);
        Api.json()
                .body(Map.of("kind", "ANNUAL", "asOf", 2030))
                .post(snapshots)
                .then()
                .statusCode(201);
        Api.given().get(snapshots).then().statusCode(200).body("items", hasSize(4));
    }

    /** OPTIONS advertised methods that then answered 405. */
    @Test
    void optionsAdvertisesOnlyMethodsThatAreServed() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/plans",
                "/api/v1/plans/luzhai-children",
                "/api/v1/observations",
                "/api/v1/plans/luzhai-children/evaluation",
                "/api/v1/plans/luzhai-children/snapshots",
                "/api/v1/jurisdictions/450223")) {
            HttpResponse<String> options = Http.CLIENT.send(
                    Http.request(path)
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String allow = options.headers().firstValue("Allow").orElse("");
            for (String method : allow.split(",\\s*")) {
                if (method.isBlank() || method.equals("OPTIONS") || method.equals("HEAD")) {
                    continue;
                }
                // nothing is sent that could be applied: an empty body, a version no resource has
                HttpResponse<String> answer = Http.CLIENT.send(
                        Http.request(path)
                                .header("Content-Type", "application/json")
                                .header("If-Match", "\"0\"")
                                .method(method, HttpRequest.BodyPublishers.ofString(""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 405) {
                    wrong.add("OPTIONS " + path + " allows " + method + " (Allow: " + allow + "), which answers 405");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A disallowed Origin got a bare 403 from the CORS filter. */
    @Test
    void aDisallowedOriginIsA403Problem() {
        Api.problem(
                        Api.json()
                                .header("Origin", "https://evil.example")
                                .get("/api/v1/plans")
                                .then(),
                        403,
                        "forbidden")
                .body("detail", containsString("evil.example"));
        Response own = Api.json()
                .header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .get("/api/v1/plans?limit=1");
        assertEquals(200, own.statusCode(), own.asString());
        assertFalse(own.asString().isEmpty());
    }

    @Test
    void ifMatchIsDocumentedOptional() throws Exception {
        HttpResponse<String> contract = Http.CLIENT.send(
                HttpRequest.newBuilder(URI.create(Http.base() + "/q/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertTrue(
                contract.body().contains("`If-Match` is optional"), "the contract says whether If-Match is required");
    }
}
