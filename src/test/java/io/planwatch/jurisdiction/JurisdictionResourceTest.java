package io.planwatch.jurisdiction;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class JurisdictionResourceTest {

    @Test
    void sampleCountyListsItsTownships() {
        given().get("/api/v1/jurisdictions/450223").then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("name", equalTo("鹿寨县"))
                .body("parent", equalTo("450200"))
                .body("children.code", hasItem("450223100"));
    }

    @Test
    void unknownCodeIsNotFoundProblem() {
        given().get("/api/v1/jurisdictions/999999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
    }

    @Test
    void townshipCodeMustBeNineDigitsAndSitBelowACounty() {
        Api.json().body(Map.of("code", "450223999", "name", "错层乡", "level", "TOWNSHIP", "parent", "450200"))
                .post("/api/v1/jurisdictions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("parent"));
    }
}
