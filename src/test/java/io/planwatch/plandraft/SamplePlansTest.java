package io.planwatch.plandraft;

import io.planwatch.sample.SampleLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The test profile loads the six sample plans at start-up: 000 from its hand-checked JSON, 001–004 through parse and adopt. */
@QuarkusTest
class SamplePlansTest {

    /** Targets per sample plan as loaded (000 transcribed by hand; the others as read, after the bundles' corrections). */
    static final Map<String, Integer> TARGETS = Map.of(
            "luzhai-children", 112,
            "meihekou-children", 86,
            "qujiang-children", 104,
            "luojiang-children", 114,
            "lipu-women", 102,
            "lipu-children", 106);

    @Inject
    SampleLoader loader;

    @Test
    void theSixSamplePlansAreListedAndEachListsItsTargets() {
        RestAssured.given().queryParam("limit", 1000).get("/api/v1/plans").then().statusCode(200)
                .body("items.code", hasItems(TARGETS.keySet().toArray(String[]::new)));
        TARGETS.forEach((plan, count) -> RestAssured.given().queryParam("limit", 1000).get("/api/v1/plans/" + plan + "/targets").then()
                .statusCode(200).body("items.size()", equalTo(count)));
    }

    @Test
    void oneIndicatorServesEveryPlanThatNamesIt() {
        for (String plan : TARGETS.keySet()) {
            if (!plan.equals("lipu-women")) {
                RestAssured.given().queryParam("indicator", "CH-HEALTH-IMR").get("/api/v1/plans/" + plan + "/targets").then()
                        .statusCode(200).body("items.size()", org.hamcrest.Matchers.greaterThan(0));
            }
        }
    }

    @Test
    void pastValuesTheTextsReportAreObservations() {
        RestAssured.given().queryParam("indicator", "CH-HEALTH-IMR").queryParam("jurisdiction", "450381")
                .get("/api/v1/observations").then().statusCode(200)
                .body("items.period", hasItems("2010", "2020"))
                .body("items.value", hasItems(4.09f, 2.7f));
        RestAssured.given().queryParam("indicator", "CH-EDU-HIGHSCHOOL-GER").queryParam("jurisdiction", "510604")
                .get("/api/v1/observations").then().statusCode(200)
                .body("items.value", hasItems(150, 181.26f));
    }

    @Test
    void loadingTheSamplesAgainChangesNothing() {
        int before = RestAssured.given().queryParam("limit", 1000).get("/api/v1/plans/lipu-children/targets").then().extract().path("items.size()");
        for (String bundle : new String[] {"sample/000-luzhai-children.json", "sample/001-meihekou-children.json",
                "sample/002-qujiang-children.json", "sample/003-luojiang-children.json", "sample/004-lipu-women-children.json"}) {
            loader.load(bundle);
        }
        RestAssured.given().queryParam("limit", 1000).get("/api/v1/plans/lipu-children/targets").then().body("items.size()", equalTo(before));
    }
}
