package io.planwatch.plandraft;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.planwatch.sample.SampleLoader;
import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test profile loads the six sample plans at start-up, each through parse and adopt with its bundle's corrections. */
@QuarkusTest
class SamplePlansTest {

    /** Targets per sample plan as read from its text (000's equal its hand-checked transcription: SampleTranscriptionTest). */
    static final Map<String, Integer> TARGETS = Map.of(
            "luzhai-children", 112,
            "meihekou-children", 89,
            "qujiang-children", 110, // with its ANNUAL_CHANGE (每年降低0.5个百分点以上)
            "luojiang-children", 118,
            "lipu-women", 113, // with its ANNUAL_CHANGE and *_REFERENCE targets
            "lipu-children", 109);

    @Inject
    SampleLoader loader;

    @Test
    void theSixSamplePlansAreListedAndEachListsItsTargets() {
        Api.given()
                .queryParam("limit", 1000)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.code", hasItems(TARGETS.keySet().toArray(String[]::new)));
        TARGETS.forEach((plan, count) -> Api.given()
                .queryParam("limit", 1000)
                .get("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(count)));
    }

    @Test
    void oneIndicatorServesEveryPlanThatNamesIt() {
        for (String plan : TARGETS.keySet()) {
            if (!plan.equals("lipu-women")) {
                Api.given()
                        .queryParam("indicator", "CH-HEALTH-IMR")
                        .get("/api/v1/plans/" + plan + "/targets")
                        .then()
                        .statusCode(200)
                        .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
            }
        }
    }

    @Test
    void pastValuesTheTextsReportAreObservations() {
        Api.given()
                .queryParam("indicator", "CH-HEALTH-IMR")
                .queryParam("jurisdiction", "450381")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.period", hasItems("2010", "2020"))
                .body("items.value", hasItems(4.09f, 2.7f));
        Api.given()
                .queryParam("indicator", "CH-EDU-HIGHSCHOOL-GER")
                .queryParam("jurisdiction", "510604")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.value", hasItems(150, 181.26f));
        // a consolidation ratio may exceed 100 like a gross enrolment ratio: 003's 2020 value is loaded
        Api.given()
                .queryParam("indicator", "CH-EDU-COMPULSORY-RETENTION")
                .queryParam("jurisdiction", "510604")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.value", hasItems(95.24f, 100.26f));
        Api.given()
                .queryParam("indicator", "CH-HEALTH-U5MR")
                .queryParam("jurisdiction", "450223")
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items.period", hasItems("2010", "2020"))
                .body("items.value", hasItems(13, 3.92f));
    }

    @Test
    void luzhaiSitsInItsPrefectureAndProvinceWithItsNineTownships() {
        Api.given()
                .get("/api/v1/jurisdictions/450223")
                .then()
                .statusCode(200)
                .body("parent", equalTo("450200"))
                .body("level", equalTo("COUNTY"));
        Api.given().get("/api/v1/jurisdictions/450200").then().statusCode(200).body("parent", equalTo("450000"));
        Api.given()
                .queryParam("parent", "450223")
                .queryParam("limit", 100)
                .get("/api/v1/jurisdictions")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(9))
                .body("items.level", everyItem(equalTo("TOWNSHIP")));
        Api.given()
                .queryParam("jurisdiction", "450223")
                .queryParam("limit", 100)
                .get("/api/v1/departments")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("450223-WJ", "450223-JY", "450223-TJ", "450223-FL"));
    }

    @Test
    void proposedIndicatorsTakeTheDirectionAndDimensionsTheirTargetsState() {
        // 艾滋病母婴传播率下降到2%以下 (004:67): lower is better; 男女收入差距明显缩小 (004:174): a gap between women and men
        String women = "/api/v1/plans/lipu-women/targets";
        String aids = Api.given()
                .queryParam("limit", 1000)
                .get(women)
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.sourceLine == 67 && it.kind == 'AT_MOST' }.indicator");
        Api.given()
                .get("/api/v1/indicators/" + aids)
                .then()
                .statusCode(200)
                .body("polarity", equalTo("LOWER_IS_BETTER"));
        String income = Api.given()
                .queryParam("limit", 1000)
                .get(women)
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.sourceLine == 174 }.indicator");
        Api.given().get("/api/v1/indicators/" + income).then().statusCode(200).body("dimensions", hasItems("SEX"));
    }

    @Test
    void loadingTheSamplesAgainChangesNothing() {
        int before = Api.given()
                .queryParam("limit", 1000)
                .get("/api/v1/plans/lipu-children/targets")
                .then()
                .extract()
                .path("items.size()");
        for (String bundle : new String[] {
            "sample/000-luzhai-children.json",
            "sample/001-meihekou-children.json",
            "sample/002-qujiang-children.json",
            "sample/003-luojiang-children.json",
            "sample/004-lipu-women-children.json"
        }) {
            loader.load(bundle);
        }
        Api.given()
                .queryParam("limit", 1000)
                .get("/api/v1/plans/lipu-children/targets")
                .then()
                .body("items.size()", equalTo(before));
    }
}
