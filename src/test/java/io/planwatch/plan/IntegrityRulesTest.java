package io.planwatch.plan;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep what is stored true when someone edits or deletes what it stands on: records with evidence
 * are not deleted, edits that would reinterpret stored data are refused, and concurrent edits conflict instead of
 * overwriting each other or answering 500.
 */
@QuarkusTest
class IntegrityRulesTest {

    private static final String PLANS = "/api/v1/plans";

    private static int qualitativeTarget(String plan) {
        return Api.json()
                .body(Map.of("domain", 1, "goal", 1, "kind", "QUALITATIVE"))
                .post(PLANS + "/" + plan + "/targets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void assess(String plan, int target) {
        Api.json()
                .body(Map.of("year", 2022, "level", "PROGRESSING", "evidence", "已建成儿童之家5个"))
                .post(PLANS + "/" + plan + "/targets/" + target + "/assessments")
                .then()
                .statusCode(201);
    }

    @Test
    void aPlanUpdateThatOmitsStatusKeepsItAndAnAdoptedPlanDoesNotReturnToDraft() {
        String plan = Api.newPlan();
        Map<String, Object> body = PlanResourceTest.plan(plan, "450223");
        body.put("status", "ADOPTED");
        Api.json().body(body).put(PLANS + "/" + plan).then().statusCode(200).body("status", equalTo("ADOPTED"));
        body.remove("status");
        body.put("title", "改名后的规划");
        Api.json().body(body).put(PLANS + "/" + plan).then().statusCode(200).body("status", equalTo("ADOPTED"));
        body.put("status", "DRAFT");
        problem(Api.json().body(body).put(PLANS + "/" + plan).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("status"));
        problem(given().delete(PLANS + "/" + plan).then(), 409, "in-use");
        given().get(PLANS + "/" + plan)
                .then()
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("title", equalTo("改名后的规划"));
    }

    @Test
    void aPlanPeriodCannotShrinkPastItsTargetYears() {
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of(
                        "domain",
                        1,
                        "indicator",
                        Api.newIndicator("PERCENT"),
                        "kind",
                        "AT_MOST",
                        "value",
                        5,
                        "targetYear",
                        2030))
                .post(PLANS + "/" + plan + "/targets")
                .then()
                .statusCode(201);
        Map<String, Object> body = PlanResourceTest.plan(plan, "450223");
        body.put("periodEnd", 2025);
        problem(Api.json().body(body).put(PLANS + "/" + plan).then(), 409, "conflict")
                .body("detail", containsString("2021–2025"));
        given().get(PLANS + "/" + plan).then().body("periodEnd", equalTo(2030));
    }

    @Test
    void assessedTargetsAndPlansWithSnapshotsOrAssessmentsAreNotDeleted() {
        String plan = Api.newPlan();
        int target = qualitativeTarget(plan);
        assess(plan, target);
        problem(given().delete(PLANS + "/" + plan + "/targets/" + target).then(), 409, "in-use")
                .body("detail", containsString("assessments"));
        problem(given().delete(PLANS + "/" + plan).then(), 409, "in-use");
        given().get(PLANS + "/" + plan + "/targets/" + target + "/assessments")
                .then()
                .statusCode(200)
                .body("items.year", hasItem(2022));

        String other = Api.newPlan();
        qualitativeTarget(other);
        Api.json()
                .body(Map.of("kind", "ANNUAL", "asOf", 2022))
                .post(PLANS + "/" + other + "/snapshots")
                .then()
                .statusCode(201);
        problem(given().delete(PLANS + "/" + other).then(), 409, "in-use").body("detail", containsString("snapshots"));
    }

    @Test
    void aDepartmentThatAssessedATargetIsNotDeleted() {
        String plan = Api.newPlan();
        String department = Api.newDepartment("450223");
        int target = qualitativeTarget(plan);
        Api.json()
                .body(Map.of("year", 2022, "level", "LAGGING", "evidence", "进展缓慢", "department", department))
                .post(PLANS + "/" + plan + "/targets/" + target + "/assessments")
                .then()
                .statusCode(201);
        problem(given().delete("/api/v1/departments/" + department).then(), 409, "in-use");
        given().get("/api/v1/departments/" + department).then().statusCode(200);
    }

    @Test
    void codesAreExact() {
        String department = Api.newDepartment("450223");
        problem(given().get("/api/v1/departments/" + department.toLowerCase()).then(), 404, "not-found");
        Api.json()
                .body(Map.of("code", department.toLowerCase(), "name", "小写部门", "jurisdiction", "450223"))
                .post("/api/v1/departments")
                .then()
                .statusCode(201);
    }

    @Test
    void indicatorEditsThatWouldReinterpretStoredDataAreRefused() {
        String county = Api.newCounty();
        String indicator = Api.newIndicator("PERCENT", "SEX");
        Api.json()
                .body(Map.of(
                        "source",
                        "test-mis",
                        "observations",
                        List.of(
                                Map.of("indicator", indicator, "jurisdiction", county, "period", "2022", "value", 80),
                                Map.of(
                                        "indicator",
                                        indicator,
                                        "jurisdiction",
                                        county,
                                        "period",
                                        "2022",
                                        "value",
                                        85,
                                        "disaggregation",
                                        Map.of("SEX", "F")))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        Map<String, Object> edit = new java.util.HashMap<>(Map.of(
                "code",
                indicator,
                "name",
                "测试指标" + indicator,
                "unit",
                "PER_MILLE",
                "polarity",
                "LOWER_IS_BETTER",
                "dimensions",
                List.of("SEX")));
        problem(Api.json().body(edit).put("/api/v1/indicators/" + indicator).then(), 409, "in-use")
                .body("errors[0].field", equalTo("unit"));
        edit.put("unit", "PERCENT");
        edit.put("maxValue", 82);
        problem(Api.json().body(edit).put("/api/v1/indicators/" + indicator).then(), 409, "in-use")
                .body("errors[0].field", equalTo("maxValue"))
                .body("errors[0].message", containsString("85"));
        edit.put("maxValue", 100);
        edit.put("dimensions", List.of("AREA"));
        problem(Api.json().body(edit).put("/api/v1/indicators/" + indicator).then(), 409, "in-use")
                .body("errors[0].field", equalTo("dimensions"))
                .body("errors[0].message", containsString("SEX"));
        edit.put("dimensions", List.of("SEX", "AREA"));
        edit.put("name", "改名的指标");
        Api.json()
                .body(edit)
                .put("/api/v1/indicators/" + indicator)
                .then()
                .statusCode(200)
                .body("name", equalTo("改名的指标"));
    }

    @Test
    void decimalsMustFitTheirColumns() {
        Map<String, Object> indicator = new java.util.HashMap<>(Map.of(
                "code",
                "T-IND-D" + Api.seq(),
                "name",
                "精度指标",
                "unit",
                "RATIO",
                "polarity",
                "HIGHER_IS_BETTER",
                "volatilityThreshold",
                new java.math.BigDecimal("0.00001")));
        problem(Api.json().body(indicator).post("/api/v1/indicators").then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("volatilityThreshold"))
                .body("errors[0].code", equalTo("TOO_PRECISE"));
        String plan = Api.newPlan();
        problem(
                        Api.json()
                                .body(Map.of(
                                        "domain",
                                        1,
                                        "indicator",
                                        Api.newIndicator("PERCENT"),
                                        "kind",
                                        "RELATIVE_CHANGE",
                                        "changePct",
                                        new java.math.BigDecimal("-1e6")))
                                .post(PLANS + "/" + plan + "/targets")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("changePct"))
                .body("errors[0].code", equalTo("TOO_PRECISE"));
        problem(
                        Api.json()
                                .body(Map.of(
                                        "domain",
                                        1,
                                        "indicator",
                                        Api.newIndicator("PERCENT"),
                                        "kind",
                                        "AT_LEAST",
                                        "value",
                                        new java.math.BigDecimal("95.1234567")))
                                .post(PLANS + "/" + plan + "/targets")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("value"));
    }

    @Test
    void nameSearchesMatchPercentAndUnderscoreLiterally() {
        String marker = "X" + Api.seq();
        String literal = Api.newDepartment("450223");
        Api.json()
                .body(Map.of("code", literal, "name", "0_6岁儿童5%" + marker, "jurisdiction", "450223"))
                .put("/api/v1/departments/" + literal)
                .then()
                .statusCode(200);
        String lookalike = Api.newDepartment("450223");
        Api.json()
                .body(Map.of("code", lookalike, "name", "0-6岁儿童5成" + marker, "jurisdiction", "450223"))
                .put("/api/v1/departments/" + lookalike)
                .then()
                .statusCode(200);
        given().queryParam("name", "0_6岁儿童5%" + marker)
                .get("/api/v1/departments")
                .then()
                .statusCode(200)
                .body("items.code", org.hamcrest.Matchers.contains(literal));
        given().queryParam("name", "岁儿童5" + marker)
                .get("/api/v1/departments")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        given().queryParam("name", marker)
                .get("/api/v1/departments")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void exponentsBeyondAnyColumnAreRowErrorsNotCrashes() {
        String county = Api.newCounty();
        String indicator = Api.newIndicator("PERCENT");
        String rows = java.util.stream.Stream.of("1e2147483647", "100e2147483647", "1e-2147483647", "-5e999999")
                .map(v -> "{\"indicator\":\"" + indicator + "\",\"jurisdiction\":\"" + county
                        + "\",\"period\":\"2020\",\"value\":" + v + "}")
                .collect(java.util.stream.Collectors.joining(","));
        Api.json()
                .body("{\"source\":\"test-mis\",\"observations\":[" + rows + "]}")
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(4))
                .body("errors.code", org.hamcrest.Matchers.everyItem(equalTo("TOO_PRECISE")));
        String plan = Api.newPlan();
        problem(
                        Api.json()
                                .body("{\"domain\":1,\"indicator\":\"" + indicator
                                        + "\",\"kind\":\"AT_MOST\",\"value\":1e2147483647}")
                                .post(PLANS + "/" + plan + "/targets")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].code", equalTo("TOO_PRECISE"));
    }

    @Test
    void aGapTargetCannotHaveScopeEach() {
        String plan = Api.newPlan();
        problem(
                        Api.json()
                                .body(Map.of(
                                        "domain",
                                        1,
                                        "indicator",
                                        Api.newIndicator("PER_MILLE", "AREA"),
                                        "kind",
                                        "GAP_NARROWING",
                                        "gap",
                                        Map.of("dimension", "AREA", "a", "RURAL", "b", "URBAN"),
                                        "scope",
                                        Map.of("type", "EACH", "level", "TOWNSHIP")))
                                .post(PLANS + "/" + plan + "/targets")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("scope.type"));
    }

    @Test
    void domainsAndGoalsCarryETagsAndRefuseStaleEdits() {
        String plan = Api.newPlan();
        String etag = given().get(PLANS + "/" + plan + "/domains/1")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.json()
                .header("If-Match", etag)
                .body(Map.of("order", 1, "name", "儿童与健康（修订）"))
                .put(PLANS + "/" + plan + "/domains/1")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        problem(
                Api.json()
                        .header("If-Match", etag)
                        .body(Map.of("order", 1, "name", "过时的修改"))
                        .put(PLANS + "/" + plan + "/domains/1")
                        .then(),
                412,
                "precondition-failed");
        String goalTag = given().get(PLANS + "/" + plan + "/domains/1/goals/1")
                .then()
                .statusCode(200)
                .body("text", equalTo("婴儿死亡率控制在5‰以下。"))
                .extract()
                .header("ETag");
        Api.json()
                .header("If-Match", goalTag)
                .body(Map.of("number", 1, "text", "婴儿死亡率控制在4‰以下。"))
                .put(PLANS + "/" + plan + "/domains/1/goals/1")
                .then()
                .statusCode(200);
        problem(
                given().header("If-Match", goalTag)
                        .delete(PLANS + "/" + plan + "/domains/1/goals/1")
                        .then(),
                412,
                "precondition-failed");
        given().get(PLANS + "/" + plan + "/domains/1").then().body("name", equalTo("儿童与健康（修订）"));
    }

    @Test
    void concurrentCreatesOfOneCodeGiveOneCreatedAndConflictsNever500() throws Exception {
        for (int round = 0; round < 3; round++) {
            String code = String.format("45%04d", 9000 + Api.seq() % 999);
            int clients = 6;
            CyclicBarrier start = new CyclicBarrier(clients);
            List<CompletableFuture<Response>> creates = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                creates.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return Api.json()
                            .body(Map.of("code", code, "name", "并发县" + code, "level", "COUNTY", "parent", "450200"))
                            .post("/api/v1/jurisdictions");
                }));
            }
            int created = 0;
            for (CompletableFuture<Response> create : creates) {
                Response r = create.get();
                assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.statusCode() + " " + r.asString());
                if (r.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals("application/problem+json", r.contentType());
                }
            }
            assertEquals(1, created, "exactly one create of " + code + " wins");
        }
    }

    @Test
    void concurrentEditsWithOneETagLetOneWinAndRefuseTheOthers() throws Exception {
        String code = Api.newCounty();
        String etag =
                given().get("/api/v1/jurisdictions/" + code).then().extract().header("ETag");
        int clients = 4;
        CyclicBarrier start = new CyclicBarrier(clients);
        List<CompletableFuture<Response>> edits = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String name = "改名县" + i;
            edits.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return Api.json()
                        .header("If-Match", etag)
                        .body(Map.of("code", code, "name", name, "level", "COUNTY", "parent", "450200"))
                        .put("/api/v1/jurisdictions/" + code);
            }));
        }
        int won = 0;
        for (CompletableFuture<Response> edit : edits) {
            Response r = edit.get();
            assertTrue(r.statusCode() == 200 || r.statusCode() == 412, r.statusCode() + " " + r.asString());
            won += r.statusCode() == 200 ? 1 : 0;
        }
        assertEquals(1, won, "one edit of version " + etag + " applies; the others are told it changed");
        given().get("/api/v1/jurisdictions/" + code).then().header("ETag", equalTo("\"1\""));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
