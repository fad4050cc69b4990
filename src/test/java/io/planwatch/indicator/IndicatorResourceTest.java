package io.planwatch.indicator;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
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
class IndicatorResourceTest {

    private static final String PATH = "/api/v1/indicators";

    @Test
    void createsIndicatorWithLocationBodyAndETag() {
        String code = "T-IND-C" + Api.seq();
        Map<String, Object> body = indicator(code);
        body.put("volatilityThreshold", 0.25);
        body.put("definition", "每千名活产儿中未满1周岁死亡人数");
        body.put("sourceDepartment", "450223-WJ");
        body.put("synonyms", List.of("测试率（‰）"));
        Api.json()
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith(PATH + "/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("unit", equalTo("PER_MILLE"))
                .body("polarity", equalTo("LOWER_IS_BETTER"))
                .body("minValue", equalTo(0))
                .body("maxValue", equalTo(1000))
                .body("dimensions", containsInAnyOrder("SEX", "AREA"))
                .body("volatilityThreshold", equalTo(0.25f))
                .body("sourceDepartment", equalTo("450223-WJ"))
                .body("synonyms", equalTo(List.of("测试率（‰）")));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("测试率" + code))
                .body("definition", equalTo("每千名活产儿中未满1周岁死亡人数"))
                .body("dimensions", containsInAnyOrder("SEX", "AREA"));
    }

    @Test
    void readsSampleIndicator() {
        given().get(PATH + "/CH-HEALTH-IMR")
                .then()
                .statusCode(200)
                .body("name", equalTo("婴儿死亡率"))
                .body("unit", equalTo("PER_MILLE"))
                .body("polarity", equalTo("LOWER_IS_BETTER"));
    }

    @Test
    void listsByNameUnitAndPolarityPageByPage() {
        String tag = "分页" + Api.seq();
        String a = create(tag, "PERCENT", "HIGHER_IS_BETTER");
        String b = create(tag, "PERCENT", "HIGHER_IS_BETTER");
        String c = create(tag, "PERCENT", "HIGHER_IS_BETTER");
        String other = create(tag, "COUNT", "LOWER_IS_BETTER");
        List<String> percents = List.of(a, b, c).stream().sorted().toList();

        Response first = given().queryParam("name", tag)
                .queryParam("unit", "PERCENT")
                .queryParam("limit", 2)
                .get(PATH);
        first.then()
                .statusCode(200)
                .body("items.code", equalTo(percents.subList(0, 2)))
                .body("limit", equalTo(2))
                .body("nextCursor", notNullValue());
        given().queryParam("name", tag)
                .queryParam("unit", "PERCENT")
                .queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(percents.subList(2, 3)))
                .body("nextCursor", nullValue());

        given().queryParam("name", tag)
                .queryParam("polarity", "LOWER_IS_BETTER")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(other)));
        given().queryParam("name", tag)
                .queryParam("polarity", "HIGHER_IS_BETTER")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(percents));
        given().queryParam("unit", "COUNT")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.unit", everyItem(equalTo("COUNT")))
                .body("items.code", not(hasItem(a)));
    }

    @Test
    void listFindsIndicatorBySynonym() {
        String code = "T-IND-S" + Api.seq();
        String synonym = "别名" + code;
        Map<String, Object> body = indicator(code);
        body.put("synonyms", List.of(synonym));
        Api.json().body(body).post(PATH).then().statusCode(201);
        given().queryParam("name", synonym).get(PATH).then().statusCode(200).body("items.code", equalTo(List.of(code)));
    }

    @Test
    void updatesWithoutIfMatchReplacingTheDefinition() {
        String code = "T-IND-U" + Api.seq();
        Api.json().body(indicator(code)).post(PATH).then().statusCode(201);
        Map<String, Object> body = indicator(code);
        body.put("name", "新名字");
        body.put("dimensions", List.of("SEX"));
        body.put("maxValue", 500);
        Api.json()
                .body(body)
                .put(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("新名字"))
                .body("maxValue", equalTo(500))
                .body("dimensions", equalTo(List.of("SEX")));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("新名字"))
                .body("dimensions", equalTo(List.of("SEX")));
    }

    @Test
    void updatesWithCurrentIfMatchAndRejectsStaleOne() {
        String code = "T-IND-E" + Api.seq();
        Api.json().body(indicator(code)).post(PATH).then().statusCode(201);
        Map<String, Object> body = indicator(code);
        body.put("name", "第一次");
        Api.json()
                .header("If-Match", "\"0\"")
                .body(body)
                .put(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        body.put("name", "第二次");
        problem(
                Api.json()
                        .header("If-Match", "\"0\"")
                        .body(body)
                        .put(PATH + "/" + code)
                        .then(),
                412,
                "precondition-failed");
        given().get(PATH + "/" + code).then().statusCode(200).body("name", equalTo("第一次"));
    }

    @Test
    void rejectedUpdateChangesNothing() {
        String code = "T-IND-R" + Api.seq();
        Api.json().body(indicator(code)).post(PATH).then().statusCode(201);
        Map<String, Object> body = indicator(code);
        body.put("name", "不该保存");
        body.put("sourceDepartment", "NO-SUCH-DEPT");
        problem(Api.json().body(body).put(PATH + "/" + code).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("sourceDepartment"));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("测试率" + code))
                .body("dimensions", containsInAnyOrder("SEX", "AREA"));
    }

    @Test
    void deletesUnusedIndicator() {
        String code = Api.newIndicator("PERCENT", "SEX");
        given().delete(PATH + "/" + code).then().statusCode(204);
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsDeleteWithStaleIfMatch() {
        String code = Api.newIndicator("PERCENT");
        problem(given().header("If-Match", "\"3\"").delete(PATH + "/" + code).then(), 412, "precondition-failed");
        given().get(PATH + "/" + code).then().statusCode(200);
    }

    @Test
    void refusesToDeleteIndicatorUsedByATarget() {
        String code = Api.newIndicator("PER_MILLE", "SEX");
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of("domain", 1, "indicator", code, "kind", "AT_MOST", "value", 5))
                .post("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(201);
        problem(given().delete(PATH + "/" + code).then(), 409, "in-use").body("detail", containsString("1 targets"));
        given().get(PATH + "/" + code).then().statusCode(200);
        given().queryParam("indicator", code)
                .get("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(200)
                .body("items.indicator", equalTo(List.of(code)));
    }

    @Test
    void refusesToDeleteIndicatorUsedByAnObservation() {
        String code = Api.newIndicator("PER_MILLE");
        Api.json()
                .body(Map.of(
                        "source",
                        "indicator-test",
                        "observations",
                        List.of(Map.of(
                                "indicator",
                                code,
                                "jurisdiction",
                                "450223",
                                "period",
                                "2023",
                                "value",
                                2.5,
                                "status",
                                "FINAL"))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        problem(given().delete(PATH + "/" + code).then(), 409, "in-use")
                .body("detail", containsString("1 observations"));
        given().get(PATH + "/" + code).then().statusCode(200);
        given().queryParam("indicator", code)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", not(empty()));
    }

    @Test
    void unknownCodeIsNotFound() {
        problem(given().get(PATH + "/CH-NO-SUCH").then(), 404, "not-found");
        problem(given().delete(PATH + "/CH-NO-SUCH").then(), 404, "not-found");
        problem(
                Api.json()
                        .body(indicator("CH-NO-SUCH"))
                        .put(PATH + "/CH-NO-SUCH")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void rejectsMissingFieldsListingEachOne() {
        problem(Api.json().body("{}").post(PATH).then(), 400, "validation-failed")
                .body("errors.field", hasItems("code", "name", "unit", "polarity"));
    }

    @Test
    void rejectsLowerCaseCode() {
        Map<String, Object> body = indicator("t-ind-lower");
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors.field", equalTo(List.of("code")));
    }

    @Test
    void rejectsMinValueAboveMaxValue() {
        String code = "T-IND-M" + Api.seq();
        Map<String, Object> body = indicator(code);
        body.put("minValue", 50);
        body.put("maxValue", 10);
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("minValue"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsNonPositiveVolatilityThreshold() {
        String code = "T-IND-V" + Api.seq();
        Map<String, Object> body = indicator(code);
        body.put("volatilityThreshold", 0);
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors.field", equalTo(List.of("volatilityThreshold")));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsUnknownSourceDepartment() {
        String code = "T-IND-D" + Api.seq();
        Map<String, Object> body = indicator(code);
        body.put("sourceDepartment", "NO-SUCH-DEPT");
        problem(Api.json().body(body).post(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("sourceDepartment"))
                .body("errors[0].code", equalTo("UNKNOWN_REFERENCE"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsUnknownUnitNamingTheField() {
        String code = "T-IND-F" + Api.seq();
        Map<String, Object> body = indicator(code);
        body.put("unit", "FOO");
        problem(Api.json().body(body).post(PATH).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("unit"))
                .body("detail", containsString("PERCENT"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsUnknownDimensionNamingTheField() {
        String code = "T-IND-G" + Api.seq();
        Map<String, Object> body = indicator(code);
        body.put("dimensions", List.of("SEX", "COLOUR"));
        problem(Api.json().body(body).post(PATH).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("dimensions[1]"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsNumberWrittenAsText() {
        Map<String, Object> body = indicator("T-IND-N" + Api.seq());
        body.put("maxValue", "一百");
        problem(Api.json().body(body).post(PATH).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("maxValue"));
    }

    @Test
    void rejectsUnknownFieldInBody() {
        String code = "T-IND-K" + Api.seq();
        Map<String, Object> body = indicator(code);
        body.put("target", 5);
        problem(Api.json().body(body).post(PATH).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("target"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsMalformedJson() {
        problem(
                Api.json()
                        .body("{\"code\":\"T-IND-X\",\"unit\":PERCENT}")
                        .post(PATH)
                        .then(),
                400,
                "malformed-json");
        problem(given().get(PATH + "/T-IND-X").then(), 404, "not-found");
    }

    @Test
    void rejectsBodyThatIsNotJson() {
        problem(
                given().contentType(ContentType.TEXT)
                        .body("CH-HEALTH-IMR")
                        .post(PATH)
                        .then(),
                415,
                "unsupported-media-type");
    }

    @Test
    void rejectsDuplicateCode() {
        Map<String, Object> body = indicator("CH-HEALTH-IMR");
        problem(Api.json().body(body).post(PATH).then(), 409, "already-exists");
        given().get(PATH + "/CH-HEALTH-IMR").then().statusCode(200).body("name", equalTo("婴儿死亡率"));
    }

    private static String create(String namePart, String unit, String polarity) {
        String code = "T-IND-L" + Api.seq();
        Api.json()
                .body(Map.of("code", code, "name", namePart + code, "unit", unit, "polarity", polarity))
                .post(PATH)
                .then()
                .statusCode(201);
        return code;
    }

    private static Map<String, Object> indicator(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "测试率" + code);
        body.put("unit", "PER_MILLE");
        body.put("polarity", "LOWER_IS_BETTER");
        body.put("minValue", 0);
        body.put("maxValue", 1000);
        body.put("dimensions", List.of("SEX", "AREA"));
        return body;
    }
}
