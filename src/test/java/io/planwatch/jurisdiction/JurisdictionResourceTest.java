package io.planwatch.jurisdiction;

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
import static org.hamcrest.Matchers.startsWith;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JurisdictionResourceTest {

    private static final String PATH = "/api/v1/jurisdictions";

    @Test
    void sampleCountyListsItsTownships() {
        given().get("/api/v1/jurisdictions/450223")
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\""))
                .body("name", equalTo("鹿寨县"))
                .body("parent", equalTo("450200"))
                .body("children.code", hasItem("450223100"));
    }

    @Test
    void unknownCodeIsNotFoundProblem() {
        given().get("/api/v1/jurisdictions/999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
    }

    @Test
    void townshipCodeMustBeNineDigitsAndSitBelowACounty() {
        Api.json()
                .body(Map.of("code", "450223999", "name", "错层乡", "level", "TOWNSHIP", "parent", "450200"))
                .post("/api/v1/jurisdictions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void createsTownshipWithLocationBodyAndETag() {
        String county = Api.newCounty();
        String code = county + "001";
        Api.json()
                .body(township(code, county, "测试镇"))
                .post(PATH)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith(PATH + "/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("name", equalTo("测试镇"))
                .body("level", equalTo("TOWNSHIP"))
                .body("parent", equalTo(county))
                .body("children", nullValue());

        given().get(PATH + "/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("测试镇"))
                .body("parent", equalTo(county))
                .body("children", empty());
        given().get(PATH + "/" + county).then().statusCode(200).body("children.code", equalTo(List.of(code)));
    }

    @Test
    void listsChildrenOfAParentPageByPage() {
        String county = Api.newCounty();
        for (int i = 1; i <= 3; i++) {
            Api.json()
                    .body(township(county + "00" + i, county, "镇" + i))
                    .post(PATH)
                    .then()
                    .statusCode(201);
        }
        Response first =
                given().queryParam("parent", county).queryParam("limit", 2).get(PATH);
        first.then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(county + "001", county + "002")))
                .body("limit", equalTo(2))
                .body("nextCursor", notNullValue());
        given().queryParam("parent", county)
                .queryParam("limit", 2)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(county + "003")))
                .body("nextCursor", nullValue());
    }

    @Test
    void listFiltersByLevel() {
        given().queryParam("level", "PROVINCE")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", hasItem("450000"))
                .body("items.level", everyItem(equalTo("PROVINCE")));
        String county = Api.newCounty();
        Api.json()
                .body(township(county + "001", county, "某镇"))
                .post(PATH)
                .then()
                .statusCode(201);
        given().queryParam("level", "COUNTY")
                .queryParam("parent", county)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items", empty());
        given().queryParam("level", "TOWNSHIP")
                .queryParam("parent", county)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(county + "001")));
    }

    @Test
    void listFiltersByPartOfTheName() {
        String county = Api.newCounty();
        given().queryParam("name", "测试县" + county)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(county)));
        given().queryParam("name", "鹿寨")
                .queryParam("level", "COUNTY")
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of("450223")));
    }

    @Test
    void rejectsCursorNotIssuedByTheApi() {
        problem(given().queryParam("cursor", "!!not-base64!!").get(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void rejectsLimitOutOfRange() {
        problem(given().queryParam("limit", 0).get(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("limit"));
        problem(given().queryParam("limit", 1001).get(PATH).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void updatesNameWithoutIfMatch() {
        String county = Api.newCounty();
        Api.json()
                .body(county(county, "改名县"))
                .put(PATH + "/" + county)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("改名县"));
        given().get(PATH + "/" + county).then().statusCode(200).body("name", equalTo("改名县"));
    }

    @Test
    void updatesWithCurrentIfMatchAndRejectsStaleOne() {
        String county = Api.newCounty();
        String etag = given().get(PATH + "/" + county)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.json()
                .header("If-Match", etag)
                .body(county(county, "第一次"))
                .put(PATH + "/" + county)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        problem(
                Api.json()
                        .header("If-Match", etag)
                        .body(county(county, "第二次"))
                        .put(PATH + "/" + county)
                        .then(),
                412,
                "precondition-failed");
        given().get(PATH + "/" + county)
                .then()
                .statusCode(200)
                .body("name", equalTo("第一次"))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void refusesLevelChangeThatWouldStrandTheChildren() {
        String county = Api.newCounty();
        Api.json()
                .body(township(county + "001", county, "留下的镇"))
                .post(PATH)
                .then()
                .statusCode(201);
        problem(
                        Api.json()
                                .body(Map.of("code", county, "name", "升格市", "level", "PREFECTURE", "parent", "450000"))
                                .put(PATH + "/" + county)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("level"));
        given().get(PATH + "/" + county)
                .then()
                .statusCode(200)
                .body("level", equalTo("COUNTY"))
                .body("parent", equalTo("450200"));
    }

    @Test
    void rejectsChangeOfCodeOnUpdate() {
        String county = Api.newCounty();
        problem(
                        Api.json()
                                .body(county("459998", "别的县"))
                                .put(PATH + "/" + county)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("code"));
        given().get(PATH + "/" + county).then().statusCode(200).body("name", equalTo("测试县" + county));
    }

    @Test
    void rejectsUpdateOfUnknownJurisdiction() {
        problem(Api.json().body(county("459997", "无此县")).put(PATH + "/459997").then(), 404, "not-found");
    }

    @Test
    void deletesUnusedJurisdiction() {
        String county = Api.newCounty();
        given().delete(PATH + "/" + county).then().statusCode(204);
        problem(given().get(PATH + "/" + county).then(), 404, "not-found");
        problem(given().delete(PATH + "/" + county).then(), 404, "not-found");
    }

    @Test
    void refusesToDeleteJurisdictionWithChildren() {
        String county = Api.newCounty();
        Api.json()
                .body(township(county + "001", county, "留下的镇"))
                .post(PATH)
                .then()
                .statusCode(201);
        problem(given().delete(PATH + "/" + county).then(), 409, "in-use");
        given().get(PATH + "/" + county).then().statusCode(200).body("children.code", equalTo(List.of(county + "001")));
    }

    @Test
    void refusesToDeleteJurisdictionWithDepartments() {
        String county = Api.newCounty();
        Api.newDepartment(county);
        problem(given().delete(PATH + "/" + county).then(), 409, "in-use");
        given().get(PATH + "/" + county).then().statusCode(200);
    }

    @Test
    void rejectsDeleteWithStaleIfMatch() {
        String county = Api.newCounty();
        Api.json().body(county(county, "已改")).put(PATH + "/" + county).then().statusCode(200);
        problem(given().header("If-Match", "\"0\"").delete(PATH + "/" + county).then(), 412, "precondition-failed");
        given().get(PATH + "/" + county).then().statusCode(200);
    }

    @Test
    void rejectsMissingFieldsListingEachOne() {
        problem(Api.json().body("{}").post(PATH).then(), 400, "validation-failed")
                .body("errors.field", hasItems("code", "name", "level"))
                .body("errors.code", everyItem(equalTo("REQUIRED")));
    }

    @Test
    void rejectsCodeThatIsNotGbT2260() {
        problem(
                        Api.json()
                                .body(Map.of("code", "45AB12", "name", "坏码县", "level", "COUNTY", "parent", "450200"))
                                .post(PATH)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("code")))
                .body("errors[0].code", equalTo("INVALID_FORMAT"));
        problem(given().get(PATH + "/45AB12").then(), 404, "not-found");
    }

    @Test
    void rejectsLevelThatDoesNotMatchCodeLength() {
        String county = Api.newCounty();
        problem(
                        Api.json()
                                .body(Map.of("code", county + "001", "name", "错级", "level", "COUNTY", "parent", county))
                                .post(PATH)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("level"));
        problem(given().get(PATH + "/" + county + "001").then(), 404, "not-found");
    }

    @Test
    void rejectsUnknownParent() {
        problem(
                        Api.json()
                                .body(Map.of("code", "459996", "name", "孤县", "level", "COUNTY", "parent", "459995"))
                                .post(PATH)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("parent"))
                .body("errors[0].code", equalTo("UNKNOWN_REFERENCE"));
        problem(given().get(PATH + "/459996").then(), 404, "not-found");
    }

    @Test
    void rejectsMissingParentBelowProvince() {
        problem(
                        Api.json()
                                .body(Map.of("code", "459994", "name", "无上级县", "level", "COUNTY"))
                                .post(PATH)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("parent"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void rejectsUnknownLevelNamingTheField() {
        problem(
                        Api.json()
                                .body(Map.of("code", "459993", "name", "怪县", "level", "CITY", "parent", "450200"))
                                .post(PATH)
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("level"));
        problem(given().get(PATH + "/459993").then(), 404, "not-found");
    }

    @Test
    void rejectsUnknownFieldInBody() {
        problem(
                        Api.json()
                                .body(Map.of(
                                        "code",
                                        "459992",
                                        "name",
                                        "多字段县",
                                        "level",
                                        "COUNTY",
                                        "parent",
                                        "450200",
                                        "population",
                                        1))
                                .post(PATH)
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("population"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        problem(given().get(PATH + "/459992").then(), 404, "not-found");
    }

    @Test
    void rejectsMalformedJson() {
        problem(Api.json().body("{\"code\": \"459991\", \"name\": ").post(PATH).then(), 400, "malformed-json");
        problem(given().get(PATH + "/459991").then(), 404, "not-found");
    }

    @Test
    void rejectsBodyThatIsNotJson() {
        problem(
                given().contentType(ContentType.TEXT)
                        .body("code=459990")
                        .post(PATH)
                        .then(),
                415,
                "unsupported-media-type");
    }

    @Test
    void rejectsDuplicateCode() {
        problem(Api.json().body(county("450223", "又一个鹿寨县")).post(PATH).then(), 409, "already-exists");
        given().get(PATH + "/450223").then().statusCode(200).body("name", equalTo("鹿寨县"));
    }

    private static Map<String, Object> township(String code, String parent, String name) {
        return Map.of("code", code, "name", name, "level", "TOWNSHIP", "parent", parent);
    }

    private static Map<String, Object> county(String code, String name) {
        return Map.of("code", code, "name", name, "level", "COUNTY", "parent", "450200");
    }
}
