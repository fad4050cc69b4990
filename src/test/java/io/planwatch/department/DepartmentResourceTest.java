package io.planwatch.department;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentResourceTest {

    private static final String PATH = "/api/v1/departments";

    @Test
    void createsDepartmentWithLocationBodyAndETag() {
        String code = "T-DEP-C" + Api.seq();
        Api.json()
                .body(department(code, "鹿寨县测试局", "450223"))
                .post(PATH)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith(PATH + "/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("name", equalTo("鹿寨县测试局"))
                .body("jurisdiction", equalTo("450223"));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("鹿寨县测试局"))
                .body("jurisdiction", equalTo("450223"));
    }

    @Test
    void readsSampleDepartment() {
        given().get(PATH + "/450223-WJ")
                .then()
                .statusCode(200)
                .body("name", equalTo("鹿寨县卫生健康局"))
                .body("jurisdiction", equalTo("450223"));
    }

    @Test
    void listsDepartmentsOfAJurisdictionPageByPage() {
        String county = Api.newCounty();
        String a = Api.newDepartment(county);
        String b = Api.newDepartment(county);
        String c = Api.newDepartment(county);
        List<String> all = List.of(a, b, c).stream().sorted().toList();
        Response first = given().queryParam("jurisdiction", county)
                .queryParam("limit", 2)
                .get(PATH);
        first.then()
                .statusCode(200)
                .body("items.code", equalTo(all.subList(0, 2)))
                .body("items.jurisdiction", everyItem(equalTo(county)))
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
    }

    @Test
    void listFiltersByPartOfTheName() {
        String code = Api.newDepartment("450223");
        given().queryParam("name", "测试部门" + code)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(code)));
        given().queryParam("name", "卫生健康")
                .queryParam("jurisdiction", "450223")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("450223-WJ"));
        given().queryParam("name", "卫生健康")
                .queryParam("jurisdiction", "450000")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void updatesWithoutIfMatchAndMovesToAnotherJurisdiction() {
        String county = Api.newCounty();
        String code = Api.newDepartment("450223");
        Api.json()
                .body(department(code, "改名局", county))
                .put(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("改名局"))
                .body("jurisdiction", equalTo(county));
        given().get(PATH + "/" + code).then().statusCode(200).body("jurisdiction", equalTo(county));
    }

    @Test
    void updatesWithCurrentIfMatchAndRejectsStaleOne() {
        String code = Api.newDepartment("450223");
        Api.json()
                .header("If-Match", "\"0\"")
                .body(department(code, "第一次", "450223"))
                .put(PATH + "/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        problem(
                Api.json()
                        .header("If-Match", "\"0\"")
                        .body(department(code, "第二次", "450223"))
                        .put(PATH + "/" + code)
                        .then(),
                412,
                "precondition-failed");
        given().get(PATH + "/" + code).then().statusCode(200).body("name", equalTo("第一次"));
    }

    @Test
    void rejectsUpdateToUnknownJurisdictionAndKeepsTheOldOne() {
        String code = Api.newDepartment("450223");
        problem(
                        Api.json()
                                .body(department(code, "迁走局", "459989"))
                                .put(PATH + "/" + code)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("jurisdiction"))
                .body("errors[0].code", equalTo("UNKNOWN_REFERENCE"));
        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("测试部门" + code))
                .body("jurisdiction", equalTo("450223"))
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void rejectsChangeOfCodeOnUpdate() {
        String code = Api.newDepartment("450223");
        problem(
                        Api.json()
                                .body(department(code + "X", "换码局", "450223"))
                                .put(PATH + "/" + code)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("code"));
        problem(given().get(PATH + "/" + code + "X").then(), 404, "not-found");
    }

    @Test
    void deletesUnusedDepartment() {
        String code = Api.newDepartment("450223");
        given().delete(PATH + "/" + code).then().statusCode(204);
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsDeleteWithStaleIfMatch() {
        String code = Api.newDepartment("450223");
        problem(given().header("If-Match", "\"7\"").delete(PATH + "/" + code).then(), 412, "precondition-failed");
        given().get(PATH + "/" + code).then().statusCode(200);
    }

    @Test
    void refusesToDeleteLeadDepartmentOfATarget() {
        String code = Api.newDepartment("450223");
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of("domain", 1, "kind", "QUALITATIVE", "leadDepartment", code))
                .post("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(201);
        problem(given().delete(PATH + "/" + code).then(), 409, "in-use");
        given().get(PATH + "/" + code).then().statusCode(200);
    }

    @Test
    void refusesToDeleteCooperatingDepartmentOfATarget() {
        String code = Api.newDepartment("450223");
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of(
                        "domain",
                        1,
                        "kind",
                        "QUALITATIVE",
                        "leadDepartment",
                        "450223-WJ",
                        "cooperatingDepartments",
                        List.of(code)))
                .post("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(201);
        problem(given().delete(PATH + "/" + code).then(), 409, "in-use");
        given().get(PATH + "/" + code).then().statusCode(200);
    }

    @Test
    void refusesToDeleteSourceDepartmentOfAnIndicator() {
        String code = Api.newDepartment("450223");
        Api.json()
                .body(Map.of(
                        "code",
                        "T-IND-SRC-" + Api.seq(),
                        "name",
                        "来源指标",
                        "unit",
                        "COUNT",
                        "polarity",
                        "HIGHER_IS_BETTER",
                        "sourceDepartment",
                        code))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        problem(given().delete(PATH + "/" + code).then(), 409, "in-use");
        given().get(PATH + "/" + code).then().statusCode(200);
    }

    @Test
    void unknownCodeIsNotFound() {
        problem(given().get(PATH + "/NO-SUCH-DEPT").then(), 404, "not-found");
        problem(given().delete(PATH + "/NO-SUCH-DEPT").then(), 404, "not-found");
        problem(
                Api.json()
                        .body(department("NO-SUCH-DEPT", "无", "450223"))
                        .put(PATH + "/NO-SUCH-DEPT")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void rejectsMissingFieldsListingEachOne() {
        problem(Api.json().body("{}").post(PATH).then(), 400, "validation-failed")
                .body("errors.field", hasItems("code", "name", "jurisdiction"));
    }

    @Test
    void rejectsCodeWithSpaces() {
        problem(
                        Api.json()
                                .body(department("BAD CODE", "空格局", "450223"))
                                .post(PATH)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("code")))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
    }

    @Test
    void rejectsUnknownJurisdiction() {
        String code = "T-DEP-U" + Api.seq();
        problem(Api.json().body(department(code, "无区局", "459988")).post(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("jurisdiction"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsUnknownFieldInBody() {
        String code = "T-DEP-F" + Api.seq();
        problem(
                        Api.json()
                                .body(Map.of("code", code, "name", "多字段局", "jurisdiction", "450223", "phone", "123"))
                                .post(PATH)
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("phone"));
        problem(given().get(PATH + "/" + code).then(), 404, "not-found");
    }

    @Test
    void rejectsWrongJsonTypeNamingTheField() {
        problem(
                        Api.json()
                                .body("{\"code\":\"T-DEP-W1\",\"name\":[\"a\"],\"jurisdiction\":\"450223\"}")
                                .post(PATH)
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void rejectsMalformedJson() {
        problem(Api.json().body("{\"code\":\"T-DEP-M1\",").post(PATH).then(), 400, "malformed-json");
        problem(given().get(PATH + "/T-DEP-M1").then(), 404, "not-found");
    }

    @Test
    void rejectsBodyThatIsNotJson() {
        problem(
                given().contentType(ContentType.XML)
                        .body("<department/>")
                        .post(PATH)
                        .then(),
                415,
                "unsupported-media-type");
    }

    @Test
    void rejectsDuplicateCode() {
        problem(
                Api.json()
                        .body(department("450223-WJ", "重复局", "450223"))
                        .post(PATH)
                        .then(),
                409,
                "already-exists");
        given().get(PATH + "/450223-WJ").then().statusCode(200).body("name", equalTo("鹿寨县卫生健康局"));
    }

    private static Map<String, Object> department(String code, String name, String jurisdiction) {
        return Map.of("code", code, "name", name, "jurisdiction", jurisdiction);
    }
}
