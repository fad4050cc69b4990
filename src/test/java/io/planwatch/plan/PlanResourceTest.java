package io.planwatch.plan;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

    private static final String PATH = "/api/v1/plans";

    @Test
    void createsPlanWithDefaultsLocationAndETag() {
        String code = "t-plan-c" + Api.seq();
        Map<String, Object> body = plan(code, "450223");
        body.remove("baselineYear");
        Api.json()
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith(PATH + "/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("jurisdiction", equalTo("450223"))
                .body("population", equalTo("CHILDREN"))
                .body("status", equalTo("DRAFT"))
                .body("baselineYear", equalTo(2020))
                .body("midtermYear", equalTo(2025));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("测试规划" + code))
                .body("periodStart", equalTo(2021))
                .body("periodEnd", equalTo(2030))
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void readsSampleAdoptedPlan() {
        given().get(PATH + "/luzhai-children")
                .then()
                .statusCode(200)
                .body("jurisdiction", equalTo("450223"))
                .body("status", equalTo("ADOPTED"))
                .body("baselineYear", equalTo(2020));
    }

    @Test
    void listsPlansOfAJurisdictionPageByPage() {
        String county = Api.newCounty();
        String a = create(plan("t-plan-l" + Api.seq(), county));
        String b = create(plan("t-plan-l" + Api.seq(), county));
        Map<String, Object> women = plan("t-plan-l" + Api.seq(), county);
        women.put("population", "WOMEN");
        String c = create(women);
        Map<String, Object> adopted = new HashMap<>(
                given().get(PATH + "/" + c).then().statusCode(200).extract().<Map<String, Object>>path(""));
        adopted.put("status", "ADOPTED");
        Api.json().body(adopted).put(PATH + "/" + c).then().statusCode(200);
        List<String> all = List.of(a, b, c).stream().sorted().toList();

        Response first = given().queryParam("jurisdiction", county)
                .queryParam("limit", 2)
                .get(PATH);
        first.then()
                .statusCode(200)
                .body("items.code", equalTo(all.subList(0, 2)))
                .body("limit", equalTo(2))
                .body("nextCursor", notNullValue());
        given().queryParam("jurisdiction", county)
                .queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(all.subList(2, 3)))
                .body("nextCursor", nullValue());

        given().queryParam("jurisdiction", county)
                .queryParam("population", "WOMEN")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(c)));
        given().queryParam("jurisdiction", county)
                .queryParam("status", "DRAFT")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(a, b).stream().sorted().toList()));
        given().queryParam("status", "ADOPTED")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("luzhai-children"))
                .body("items.status", everyItem(equalTo("ADOPTED")));
        given().queryParam("jurisdiction", "450000")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(a)));
    }

    @Test
    void updatesWithoutIfMatchAndAdoptsThePlan() {
        String code = create(plan("t-plan-u" + Api.seq(), "450223"));
        Map<String, Object> body = plan(code, "450223");
        body.put("status", "ADOPTED");
        body.put("issuer", "鹿寨县人民政府");
        body.put("issueDate", "2022-03-01");
        Api.json()
                .body(body)
                .put(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ADOPTED"))
                .body("issueDate", equalTo("2022-03-01"));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("issuer", equalTo("鹿寨县人民政府"));
    }

    @Test
    void updatesWithCurrentIfMatchAndRejectsStaleOne() {
        String code = create(plan("t-plan-e" + Api.seq(), "450223"));
        Map<String, Object> body = plan(code, "450223");
        body.put("title", "第一次");
        Api.json()
                .header("If-Match", "\"0\"")
                .body(body)
                .put(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        body.put("title", "第二次");
        problem(
                Api.json()
                        .header("If-Match", "\"0\"")
                        .body(body)
                        .put(PATH + "/" + code)
                        .then(),
                412,
                "precondition-failed");
        given().get(PATH + "/" + code).then().statusCode(200).body("title", equalTo("第一次"));
    }

    @Test
    void rejectedUpdateChangesNothing() {
        String code = create(plan("t-plan-r" + Api.seq(), "450223"));
        Map<String, Object> body = plan(code, "450223");
        body.put("title", "不该保存");
        body.put("midtermYear", 2035);
        problem(Api.json().body(body).put(PATH + "/" + code).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("midtermYear"));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("测试规划" + code))
                .body("midtermYear", equalTo(2025));
    }

    @Test
    void rejectsPlanThatImplementsItself() {
        String code = create(plan("t-plan-s" + Api.seq(), "450223"));
        Map<String, Object> body = plan(code, "450223");
        body.put("parentPlan", code);
        problem(Api.json().body(body).put(PATH + "/" + code).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("parentPlan"));
        given().get(PATH + "/" + code).then().statusCode(200).body("parentPlan", nullValue());
    }

    @Test
    void rejectsParentPlanThatWouldCloseACycle() {
        String upper = create(plan("t-plan-a" + Api.seq(), "450223"));
        Map<String, Object> lower = plan("t-plan-b" + Api.seq(), "450223");
        lower.put("parentPlan", upper);
        create(lower);
        Map<String, Object> body = plan(upper, "450223");
        body.put("parentPlan", lower.get("code"));
        problem(Api.json().body(body).put(PATH + "/" + upper).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("parentPlan"));
        given().get(PATH + "/" + upper).then().statusCode(200).body("parentPlan", nullValue());
    }

    @Test
    void deletesDraftPlanWithItsStructure() {
        String code = Api.newPlan();
        String indicator = Api.newIndicator("PERCENT");
        Api.json()
                .body(Map.of(
                        "domain",
                        1,
                        "goal",
                        1,
                        "indicator",
                        indicator,
                        "kind",
                        "AT_LEAST",
                        "value",
                        95,
                        "milestones",
                        List.of(Map.of("year", 2025, "value", 90)),
                        "cooperatingDepartments",
                        List.of("450223-TJ")))
                .post(PATH + "/" + code + "/targets")
                .then()
                .statusCode(201);
        given().delete(PATH + "/" + code).then().statusCode(204);
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
        problem(given().get(PATH + "/" + code + "/domains").then(), 404, "not-found");
        given().delete("/api/v1/indicators/" + indicator).then().statusCode(204);
    }

    @Test
    void refusesToDeleteAdoptedPlan() {
        problem(given().delete(PATH + "/luzhai-children").then(), 409, "in-use");
        given().get(PATH + "/luzhai-children").then().statusCode(200);
        given().get(PATH + "/luzhai-children/domains").then().statusCode(200).body("items", not(empty()));
    }

    @Test
    void refusesToDeletePlanThatAnotherImplements() {
        String parent = create(plan("t-plan-p" + Api.seq(), "450223"));
        Map<String, Object> child = plan("t-plan-k" + Api.seq(), "450223");
        child.put("parentPlan", parent);
        create(child);
        problem(given().delete(PATH + "/" + parent).then(), 409, "in-use");
        given().get(PATH + "/" + parent).then().statusCode(200);
    }

    @Test
    void rejectsDeleteWithStaleIfMatch() {
        String code = create(plan("t-plan-d" + Api.seq(), "450223"));
        problem(given().header("If-Match", "\"5\"").delete(PATH + "/" + code).then(), 412, "precondition-failed");
        given().get(PATH + "/" + code).then().statusCode(200);
    }

    @Test
    void unknownCodeIsNotFound() {
        problem(given().get(PATH + "/no-such-plan").then(), 404, "not-found");
        problem(given().delete(PATH + "/no-such-plan").then(), 404, "not-found");
        problem(
                Api.json()
                        .body(plan("no-such-plan", "450223"))
                        .put(PATH + "/no-such-plan")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void rejectsMissingFieldsListingEachOne() {
        problem(Api.json().body("{}").post(PATH).then(), 400, "validation-failed")
                .body(
                        "errors.field",
                        hasItems("code", "title", "jurisdiction", "population", "periodStart", "periodEnd"));
    }

    @Test
    void rejectsPeriodEndBeforePeriodStart() {
        String code = "t-plan-b" + Api.seq();
        Map<String, Object> body = plan(code, "450223");
        body.put("periodEnd", 2019);
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("periodEnd"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsBaselineAfterPeriodStart() {
        Map<String, Object> body = plan("t-plan-y" + Api.seq(), "450223");
        body.put("baselineYear", 2022);
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("baselineYear"));
    }

    @Test
    void rejectsYearOutsideSaneRange() {
        Map<String, Object> body = plan("t-plan-z" + Api.seq(), "450223");
        body.put("periodEnd", 2300);
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors.field", equalTo(List.of("periodEnd")));
    }

    @Test
    void rejectsUnknownJurisdictionAndParentPlan() {
        String code = "t-plan-j" + Api.seq();
        problem(Api.json().body(plan(code, "459987")).post(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("jurisdiction"));
        Map<String, Object> body = plan(code, "450223");
        body.put("parentPlan", "no-such-plan");
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("parentPlan"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsUpperCaseCode() {
        problem(Api.json().body(plan("Bad-Code", "450223")).post(PATH).then(), 400, "validation-failed")
                .body("errors.field", equalTo(List.of("code")));
    }

    @Test
    void rejectsUnknownPopulationNamingTheField() {
        String code = "t-plan-f" + Api.seq();
        Map<String, Object> body = plan(code, "450223");
        body.put("population", "ELDERLY");
        problem(Api.json().body(body).post(PATH).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("population"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsInvalidIssueDate() {
        Map<String, Object> body = plan("t-plan-i" + Api.seq(), "450223");
        body.put("issueDate", "2022-13-45");
        problem(Api.json().body(body).post(PATH).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("issueDate"));
    }

    @Test
    void rejectsUnknownFieldInBody() {
        String code = "t-plan-x" + Api.seq();
        Map<String, Object> body = plan(code, "450223");
        body.put("domains", List.of());
        problem(Api.json().body(body).post(PATH).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("domains"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsMalformedJson() {
        problem(
                Api.json()
                        .body("{\"code\":\"t-plan-m\" \"title\":\"x\"}")
                        .post(PATH)
                        .then(),
                400,
                "malformed-json");
        problem(given().get(PATH + "/t-plan-m").then(), 404, "not-found");
    }

    @Test
    void rejectsBodyThatIsNotJson() {
        problem(given().contentType(ContentType.TEXT).body("luzhai").post(PATH).then(), 415, "unsupported-media-type");
    }

    @Test
    void rejectsDuplicateCode() {
        problem(Api.json().body(plan("luzhai-children", "450223")).post(PATH).then(), 409, "already-exists");
        given().get(PATH + "/luzhai-children").then().statusCode(200).body("status", equalTo("ADOPTED"));
    }

    private static String create(Map<String, Object> body) {
        Api.json().body(body).post(PATH).then().statusCode(201);
        return (String) body.get("code");
    }

    static Map<String, Object> plan(String code, String jurisdiction) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "测试规划" + code);
        body.put("jurisdiction", jurisdiction);
        body.put("population", "CHILDREN");
        body.put("periodStart", 2021);
        body.put("periodEnd", 2030);
        body.put("baselineYear", 2020);
        body.put("midtermYear", 2025);
        return body;
    }
}
