package io.planwatch.plandraft;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PlanDraftResourceTest {

    static final String PROBLEMS = "https://planwatch.io/problems/";

    @ParameterizedTest
    @CsvSource({
        "000-luzhai-children, 112",
        "001-meihekou-children, 89",
        // 002: the 重点工程 chapter adds 每年降低0.5个百分点 (ANNUAL_CHANGE), 全面普及农村卫生厕所 one more;
        // 003: 95[image: ]以上的镇; 004 women: four *_REFERENCE targets and 城市生活垃圾分类全面普及, one goal no longer qualitative
        "002-qujiang-children, 110",
        "003-luojiang-children, 118",
        "004-lipu-women-children, 113 109"
    })
    void postingASeedTextReturnsOneDraftPerPlanWithItsTargets(String seed, String targetCounts) {
        List<Integer> expected =
                Arrays.stream(targetCounts.split(" ")).map(Integer::valueOf).toList();
        var response = text().body(seed(seed))
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .body("items", hasSize(expected.size()))
                .body("items.id", everyItem(notNullValue()))
                .body("items.domains.flatten()", hasSize(expected.size() == 2 ? 15 : 7));
        for (int i = 0; i < expected.size(); i++) {
            response.body("items[" + i + "].targets", hasSize(expected.get(i)));
        }
    }

    @Test
    void draftTargetsCarryTheirReadingAndIndicatorMatch() {
        long id = post("001-meihekou-children");
        Api.given()
                .get("/api/v1/plan-drafts/" + id)
                .then()
                .statusCode(200)
                .body("metadata.title", equalTo("梅河口市儿童发展规划（2021—2030年）"))
                .body("metadata.population", equalTo("CHILDREN"))
                .body("domains[0].goals[2].number", equalTo(3))
                // 婴儿死亡率下降到4‰以下 (line 28) is the library's CH-HEALTH-IMR
                .body("targets[3].kind", equalTo("AT_MOST"))
                .body("targets[3].value", equalTo(4))
                .body("targets[3].unit", equalTo("PER_MILLE"))
                .body("targets[3].line", equalTo(28))
                .body("targets[3].indicator.how", equalTo("EXACT"))
                .body("targets[3].indicator.code", equalTo("CH-HEALTH-IMR"))
                // 儿童伤害死亡率以2020年为基数下降20%: the change is changePct, not a value
                .body("targets[29].kind", equalTo("RELATIVE_CHANGE"))
                .body("targets[29].changePct", equalTo(-20))
                .body("targets[29].value", equalTo(null))
                .body("targets[10].scope.type", equalTo("EACH"))
                .body("targets[10].scope.level", equalTo("TOWNSHIP"))
                .body("targets[5].gap.dimension", equalTo("AREA"))
                .body("adoptedPlan", equalTo(null));
    }

    @Test
    void aDraftShowsWhyEachTargetWasReadWhereAndWhatWasNotRead() {
        String text = "（一）儿童与健康\n主要目标：\n1.婴儿死亡率降至5‰以下，依托12345热线开展服务。\n"
                + "2.女党员代表比例不低于本地区党员总数中女性比例。\n"
                + "三、重点工程\n（一）儿童护眼工程。\n全区儿童总体近视率每年降低0.5到1个百分点。\n";
        long id = text().body(text)
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        Api.given()
                .get("/api/v1/plan-drafts/" + id)
                .then()
                .statusCode(200)
                .body("targets[0].sourceText", equalTo("婴儿死亡率降至5‰以下,依托12345热线开展服务"))
                // 降至5‰以下: offsets 5 to 11 of the sentence, decided by a verb, a comparator and a unit
                .body("targets[0].span.start", equalTo(5))
                .body("targets[0].span.end", equalTo(11))
                .body("targets[0].rules", equalTo(List.of("bring down to", "and below", "per mille")))
                .body("targets[1].kind", equalTo("AT_LEAST_REFERENCE"))
                .body("targets[1].reference.asWritten", equalTo("本地区党员总数中女性比例"))
                .body("targets[1].value", equalTo(null))
                .body("targets[2].kind", equalTo("ANNUAL_CHANGE"))
                .body("targets[2].changePerYear", equalTo(-0.5f))
                .body("targets[2].line", equalTo(7))
                .body(
                        "targets[2].domain",
                        equalTo(2)) // its project restates nothing: the chapter is a domain of its own
                .body("domains[1].name", equalTo("重点工程"))
                .body("unreadClauses", hasSize(1))
                .body("unreadClauses[0].line", equalTo(3))
                .body("unreadClauses[0].clause", equalTo("依托12345热线开展服务"))
                .body("unreadClauses[0].span.start", equalTo(12));
    }

    @Test
    void adoptingCreatesThePlanWithItsDomainsGoalsAndTargets() {
        long id = post("002-qujiang-children");
        String plan = "test-adopt-" + Api.seq();
        String county = Api.newCounty();
        adopt(id, Map.of("plan", plan, "jurisdiction", county, "status", "ADOPTED"))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/plans/" + plan))
                .body("plan", equalTo(plan))
                .body("domains", equalTo(7))
                // 110 drafted, the ANNUAL_CHANGE of line 449 among them
                .body("targets", equalTo(110));
        Api.given()
                .get("/api/v1/plans/" + plan)
                .then()
                .statusCode(200)
                .body("title", equalTo("韶关市曲江区儿童发展规划（2021—2030年）"))
                .body("documentNumber", equalTo("韶曲府办〔2022〕8号"))
                .body("midtermYear", equalTo(2025))
                .body("status", equalTo("ADOPTED"));
        Api.given()
                .queryParam("limit", 1000)
                .get("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(200)
                .body("items", hasSize(110))
                .body("items.indicator", hasItem("CH-HEALTH-IMR"))
                .body("items.kind", hasItem("ANNUAL_CHANGE"));
        Api.given().get("/api/v1/plan-drafts/" + id).then().body("adoptedPlan", equalTo(plan));
    }

    @Test
    void adoptingTwiceIsAConflict() {
        long id = post("001-meihekou-children");
        String county = Api.newCounty();
        String plan = "test-twice-" + Api.seq();
        adopt(id, Map.of("plan", plan, "jurisdiction", county)).then().statusCode(201);
        adopt(id, Map.of("plan", plan + "-again", "jurisdiction", county))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "conflict"))
                .body("detail", containsString(plan));
        Api.given().get("/api/v1/plans/" + plan + "-again").then().statusCode(404);
    }

    @Test
    void correctionsOverrideAndSkipTargetsByIndex() {
        long id = post("001-meihekou-children");
        String plan = "test-correct-" + Api.seq();
        adopt(
                        id,
                        Map.of(
                                "plan",
                                plan,
                                "jurisdiction",
                                Api.newCounty(),
                                "corrections",
                                List.of(
                                        Map.of("index", 3, "value", 4.5),
                                        Map.of("index", 24, "indicator", "CH-HEALTH-SLEEP-PRIMARY"),
                                        Map.of("index", 25, "skip", true))))
                .then()
                .statusCode(201)
                .body("targets", equalTo(88))
                .body("skipped", equalTo(List.of(25)));
        Api.given()
                .queryParam("limit", 1000)
                .queryParam("indicator", "CH-HEALTH-SLEEP-PRIMARY")
                .get("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", equalTo(10));
        Api.given()
                .queryParam("indicator", "CH-HEALTH-IMR")
                .get("/api/v1/plans/" + plan + "/targets")
                .then()
                .body("items.value", hasItem(4.5f));
    }

    @Test
    void anInvalidTargetFailsTheWholeAdoptionNamingIndexAndField() {
        long id = post("001-meihekou-children");
        String plan = "test-invalid-" + Api.seq();
        adopt(
                        id,
                        Map.of(
                                "plan",
                                plan,
                                "jurisdiction",
                                Api.newCounty(),
                                "corrections",
                                List.of(
                                        Map.of("index", 3, "indicator", "NO-SUCH-INDICATOR"),
                                        Map.of("index", 15, "value", 250))))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unprocessable"))
                .body("errors.index", hasItems(3, 15))
                .body("errors.field", hasItems("indicator", "value"));
        Api.given().get("/api/v1/plans/" + plan).then().statusCode(404);
        Api.given().get("/api/v1/plan-drafts/" + id).then().body("adoptedPlan", equalTo(null));
    }

    @Test
    void aTargetThatNamesNoIndicatorProposesNoneAndAdoptsOnlyWithOne() {
        String text = "某县儿童发展规划（2021—2030年）\n（一）儿童与健康\n主要目标：\n1.由2020年的5‰降至3‰以下。\n2.婴儿死亡率降至5‰以下。\n";
        long id = text().body(text)
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .body("items[0].targets[0].kind", equalTo("AT_MOST"))
                .body("items[0].targets[0].indicator", equalTo(null))
                .body("items[0].targets[1].indicator.code", equalTo("CH-HEALTH-IMR"))
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        String plan = "test-noname-" + Api.seq();
        String county = Api.newCounty();
        adopt(id, Map.of("plan", plan, "jurisdiction", county))
                .then()
                .statusCode(422)
                .body("errors.index", equalTo(List.of(0)))
                .body("errors.field", equalTo(List.of("indicator")));
        adopt(
                        id,
                        Map.of(
                                "plan",
                                plan,
                                "jurisdiction",
                                county,
                                "corrections",
                                List.of(Map.of("index", 0, "indicator", "CH-HEALTH-U5MR"))))
                .then()
                .statusCode(201)
                .body("targets", equalTo(2))
                .body("indicatorsCreated", equalTo(List.of()));
    }

    @Test
    void theDraftAndTheAdoptionSayWhatAPersonShouldCheck() {
        long id = text().body(seed("004-lipu-women-children"))
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("items[1].id");
        Api.given()
                .get("/api/v1/plan-drafts/" + id)
                .then()
                .statusCode(200)
                .body("targets.find { it.line == 760 }.upperValue", equalTo(2))
                .body("targets.find { it.line == 760 }.notes[0]", containsString("range 1-2: adopted as AT_LEAST 1"))
                .body(
                        "targets.find { it.line == 576 && it.indicator?.asWritten?.startsWith('乡镇卫生院') }.scope.level",
                        equalTo("TOWNSHIP"))
                .body(
                        "targets.find { it.line == 576 && it.indicator?.asWritten?.startsWith('乡镇卫生院') }.notes[0]",
                        containsString("村(社区)卫生室"))
                .body("targets.find { it.line == 548 }.notes", equalTo(null));
        String plan = "test-notes-" + Api.seq();
        adopt(id, Map.of("plan", plan, "jurisdiction", Api.newCounty()))
                .then()
                .statusCode(201)
                .body("notes", hasItem(containsString("(line 760): range 1-2: adopted as AT_LEAST 1 (the lower end)")))
                .body("notes", hasItem(containsString("(line 576): per facility")));
        Api.given()
                .queryParam("limit", 1000)
                .get("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(200)
                .body("items.find { it.sourceLine == 760 }.kind", equalTo("AT_LEAST"))
                .body("items.find { it.sourceLine == 760 }.value", equalTo(1));
    }

    @Test
    void unknownDraftIsNotFound() {
        Api.given()
                .get("/api/v1/plan-drafts/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found"));
        adopt(999999999L, Map.of("plan", "test-nothing", "jurisdiction", "450223"))
                .then()
                .statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
    }

    @Test
    void aPlanOwnerAdoptsDraftsOnlyIntoItsOwnJurisdiction() {
        var owner = Api.as("plan-owner", "450223", "450223-FL");
        long id = owner.contentType("text/plain; charset=UTF-8")
                .body(seed("002-qujiang-children"))
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        String plan = "t-scope-" + Api.seq();
        // 荔浦市 is outside 鹿寨县's reach: as unknown as a jurisdiction that does not exist, and nothing is adopted
        Api.as("plan-owner", "450223", "450223-FL")
                .body(Map.of("plan", plan, "jurisdiction", "450381"))
                .post("/api/v1/plan-drafts/" + id + "/adopt")
                .then()
                .statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("errors[0].field", equalTo("jurisdiction"));
        Api.given().get("/api/v1/plans/" + plan).then().statusCode(404);
        Api.given().get("/api/v1/plan-drafts/" + id).then().statusCode(200).body("adoptedPlan", equalTo(null));
        // 荔浦市's owner does not even see 鹿寨县's draft
        Api.as("plan-owner", "450381", null)
                .body(Map.of("plan", plan, "jurisdiction", "450381"))
                .post("/api/v1/plan-drafts/" + id + "/adopt")
                .then()
                .statusCode(404);
        Api.as("plan-owner", "450223", "450223-FL")
                .body(Map.of("plan", plan, "jurisdiction", "450223"))
                .post("/api/v1/plan-drafts/" + id + "/adopt")
                .then()
                .statusCode(201);
    }

    @Test
    void textThatIsNotAPlanIsUnprocessableSayingWhatIsMissing() {
        text().body("会议通知\n请各单位于下周一上午九点到会议室开会。\n")
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unprocessable"))
                .body("detail", containsString("domains"))
                .body("errors.field", hasItems("domains", "targets"));
    }

    @Test
    void bodyOverTheSizeLimitIsPayloadTooLarge() {
        text().body("儿".repeat(400_000))
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "payload-too-large"));
    }

    @Test
    void bodyThatIsNotPlainTextIsUnsupportedMediaType() {
        Api.json()
                .body(Map.of("text", "鹿寨县儿童发展规划"))
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"))
                .body("detail", containsString("text/plain"));
    }

    private static long post(String seed) {
        return text().body(seed(seed))
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    private static io.restassured.response.Response adopt(long id, Map<String, ?> body) {
        return Api.json().body(body).post("/api/v1/plan-drafts/" + id + "/adopt");
    }

    private static RequestSpecification text() {
        return Api.given().contentType("text/plain; charset=UTF-8").accept("application/json");
    }

    static String seed(String name) {
        try (InputStream in =
                PlanDraftResourceTest.class.getClassLoader().getResourceAsStream("sample/seeds/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no sample/seeds/" + name + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
