package io.planwatch.plan;

import static io.planwatch.evaluation.PlanFixture.push;
import static io.planwatch.evaluation.PlanFixture.value;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.evaluation.PlanFixture;
import io.planwatch.plandraft.Draft;
import io.planwatch.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ANNUAL_CHANGE and the *_REFERENCE kinds through the API: what each requires and forbids, evaluation, snapshots, adoption. */
@QuarkusTest
class ChangeAndReferenceTargetsTest {

    @Inject
    ObjectMapper json;

    private static String percentIndicator(String polarity) {
        String code = "T-KIND-" + Api.seq();
        Api.json()
                .body(Map.of("code", code, "name", "测试比例" + code, "unit", "PERCENT", "polarity", polarity))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        return code;
    }

    private static Map<String, Object> body(Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("domain", 1);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        annualChangeNeedsChangePerYear        | ANNUAL_CHANGE      | changePerYear
        annualChangeTakesNoValue              | ANNUAL_CHANGE      | value
        annualChangeTakesNoMilestones         | ANNUAL_CHANGE      | milestones
        annualChangeTakesNoReference          | ANNUAL_CHANGE      | reference
        changePerYearOnlyForAnnualChange      | AT_MOST            | changePerYear
        referenceKindNeedsReference           | AT_LEAST_REFERENCE | reference
        unknownReference                      | AT_LEAST_REFERENCE | reference
        referenceIsNotTheTargetsOwnIndicator  | APPROX_REFERENCE   | reference
        referenceInAnotherUnit                | AT_LEAST_REFERENCE | reference
        referenceOnlyForReferenceKinds        | AT_LEAST           | reference
        referenceKindTakesNoScopeEach         | AT_LEAST_REFERENCE | scope.type
        toleranceNotForAtLeastReference       | AT_LEAST_REFERENCE | tolerance
        """)
    void eachKindRequiresAndForbidsItsFields(String behaviour, String kind, String field) {
        String plan = Api.newPlan();
        String indicator = percentIndicator("LOWER_IS_BETTER");
        String other = percentIndicator("HIGHER_IS_BETTER");
        Map<String, Object> body = body("indicator", indicator, "kind", kind);
        if (kind.equals("ANNUAL_CHANGE")) {
            body.put("changePerYear", -0.5);
        }
        if (kind.endsWith("_REFERENCE")) {
            body.put("reference", other);
        }
        if (kind.equals("AT_MOST") || kind.equals("AT_LEAST")) {
            body.put("value", 5);
        }
        switch (behaviour) {
            case "annualChangeNeedsChangePerYear", "referenceKindNeedsReference" -> body.remove(field);
            case "annualChangeTakesNoValue" -> body.put("value", 5);
            case "annualChangeTakesNoMilestones" -> body.put("milestones", List.of(Map.of("year", 2025, "value", 40)));
            case "annualChangeTakesNoReference", "referenceOnlyForReferenceKinds" -> body.put("reference", other);
            case "changePerYearOnlyForAnnualChange" -> body.put("changePerYear", -0.5);
            case "unknownReference" -> body.put("reference", "NO-SUCH-INDICATOR");
            case "referenceIsNotTheTargetsOwnIndicator" -> body.put("reference", indicator);
            case "referenceInAnotherUnit" -> body.put("reference", Api.newIndicator("PER_MILLE"));
            case "referenceKindTakesNoScopeEach" -> body.put("scope", Map.of("type", "EACH", "level", "TOWNSHIP"));
            case "toleranceNotForAtLeastReference" -> body.put("tolerance", 1);
            default -> throw new IllegalArgumentException(behaviour);
        }
        problem(Api.json().body(body).post("/api/v1/plans/" + plan + "/targets").then(), 400, "validation-failed")
                .body("errors.field", hasItem(field));
        Api.given().get("/api/v1/plans/" + plan + "/targets").then().body("items", hasSize(0));
    }

    @Test
    void annualChangeIsStoredEvaluatedAndFrozenInSnapshots() {
        PlanFixture f = PlanFixture.create();
        String myopia = percentIndicator("LOWER_IS_BETTER");
        long id = f.target(Map.of(
                "indicator",
                myopia,
                "kind",
                "ANNUAL_CHANGE",
                "changePerYear",
                -0.5,
                "sourceText",
                "总体近视率每年降低0.5个百分点以上"));
        Api.given()
                .get(f.targetPath(id))
                .then()
                .statusCode(200)
                .body("kind", equalTo("ANNUAL_CHANGE"))
                .body("changePerYear", equalTo(-0.5f))
                .body("value", nullValue());
        // yearly −0.6, −0.2; average (49.2 − 50)/2 = −0.4: right way, too little
        push(List.of(
                value(myopia, f.jurisdiction, 2020, 50),
                value(myopia, f.jurisdiction, 2021, 49.4),
                value(myopia, f.jurisdiction, 2022, 49.2)));
        Api.given()
                .get(f.targetPath(id) + "/evaluation?asOf=2022")
                .then()
                .statusCode(200)
                .body("status", equalTo("AT_RISK"))
                .body("rule", equalTo("ANNUAL_CHANGE_TOO_SMALL"))
                .body("changePerYear", equalTo(-0.5f))
                .body("projection", nullValue())
                .body("openSdg", nullValue())
                .body("warnings.code", hasItems("AT_RISK", "ANNUAL_CHANGE_MISSED"))
                .body("warnings.find { it.code == 'ANNUAL_CHANGE_MISSED' }.year", equalTo(2022))
                .body("warnings.find { it.code == 'ANNUAL_CHANGE_MISSED' }.numbers.change", equalTo(-0.2f))
                .body(
                        "warnings.find { it.code == 'ANNUAL_CHANGE_MISSED' }.message",
                        equalTo("2022年较2021年降低0.2个百分点，未达到每年降低0.5个百分点以上"))
                .body("explanation", containsString("年均降低0.4个百分点"));
        long snapshot = Api.json()
                .body(Map.of("kind", "ANNUAL", "asOf", 2022))
                .post("/api/v1/plans/" + f.plan + "/snapshots")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Api.given()
                .get("/api/v1/plans/" + f.plan + "/snapshots/" + snapshot + "/inputs")
                .then()
                .statusCode(200)
                .body("targets[0].kind", equalTo("ANNUAL_CHANGE"))
                .body("targets[0].changePerYear", equalTo(-0.5f));
    }

    @Test
    void referenceTargetIsJudgedOnTheDifferenceOfTheSameYear() {
        PlanFixture f = PlanFixture.create();
        String delegates = percentIndicator("HIGHER_IS_BETTER");
        String members = percentIndicator("HIGHER_IS_BETTER");
        long id = f.target(Map.of(
                "indicator",
                delegates,
                "kind",
                "AT_LEAST_REFERENCE",
                "reference",
                members,
                "sourceText",
                "女党员代表比例一般不低于本地区党员总数中女性比例"));
        Api.given().get(f.targetPath(id)).then().body("reference", equalTo(members));
        Api.given()
                .get(f.targetPath(id) + "/evaluation?asOf=2024")
                .then()
                .statusCode(200)
                .body("status", equalTo("NO_DATA"));
        // only its own values: the reference is missing, and the explanation says so
        push(List.of(
                value(delegates, f.jurisdiction, 2020, 26),
                value(delegates, f.jurisdiction, 2022, 24),
                value(delegates, f.jurisdiction, 2024, 28)));
        Api.given()
                .get(f.targetPath(id) + "/evaluation?asOf=2024")
                .then()
                .statusCode(200)
                .body("status", equalTo("NO_DATA"))
                .body("rule", equalTo("NO_REFERENCE_VALUE"))
                .body("explanation", containsString("参照指标“测试比例" + members + "”尚无"));
        // 2022 has no reference value and does not count: differences 2020 1, 2024 3
        push(List.of(value(members, f.jurisdiction, 2020, 25), value(members, f.jurisdiction, 2024, 25)));
        Api.given()
                .get(f.targetPath(id) + "/evaluation?asOf=2024")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("reference", equalTo(members))
                .body("values.year", equalTo(List.of(2020, 2024)))
                .body("values.value", equalTo(List.of(1, 3)))
                .body("referenceValues.value", equalTo(List.of(25, 25)))
                .body(
                        "explanation",
                        equalTo("2024年测试比例" + delegates + "为28%，测试比例" + members + "为25%，高出3个百分点，已达到“不低于测试比例" + members
                                + "”的目标。"));
        // an indicator a target is compared with is in use
        problem(Api.given().delete("/api/v1/indicators/" + members).then(), 409, "in-use");
    }

    @Test
    void adoptingAReferenceTargetProposesTheReferenceTheLibraryLacks() throws Exception {
        String text = "某县妇女发展规划（2021—2030年）\n（一）妇女参与决策和管理\n主要目标：\n1.女党员代表比例一般不低于本地区党员总数中女性比例。\n";
        long draft = Api.given()
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/plan-drafts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("items[0].id");
        int n = Api.seq();
        String own = "NEW-T-DELEGATES-" + n;
        String reference = "NEW-T-MEMBERS-" + n;
        // what the parser's reading of 不低于本地区…比例 gives (its rule is the parser's to add): rewritten into the stored
        // draft
        QuarkusTransaction.requiringNew().run(() -> {
            Draft row = Draft.findById(draft);
            try {
                ObjectNode dto = (ObjectNode) json.readTree(row.json);
                ObjectNode t = (ObjectNode) ((ArrayNode) dto.get("targets")).get(0);
                t.put("kind", "AT_LEAST_REFERENCE");
                t.remove("value");
                t.set("indicator", match(own, "女党员代表比例" + n));
                t.set("reference", match(reference, "党员总数中女性比例" + n));
                row.json = json.writeValueAsString(dto);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String plan = "t-adopt-ref-" + n;
        Api.json()
                .body(Map.of("plan", plan, "jurisdiction", Api.newCounty()))
                .post("/api/v1/plan-drafts/" + draft + "/adopt")
                .then()
                .statusCode(201)
                .body("indicatorsCreated", hasItems(own, reference));
        Api.given()
                .get("/api/v1/indicators/" + reference)
                .then()
                .statusCode(200)
                .body("unit", equalTo("PERCENT"));
        Api.given()
                .get("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(200)
                .body("items[0].kind", equalTo("AT_LEAST_REFERENCE"))
                .body("items[0].indicator", equalTo(own))
                .body("items[0].reference", equalTo(reference));
    }

    private ObjectNode match(String code, String name) {
        ObjectNode m = json.createObjectNode();
        m.put("how", "PROPOSED")
                .put("asWritten", name)
                .put("code", code)
                .put("name", name)
                .put("unit", "PERCENT")
                .put("polarity", "HIGHER_IS_BETTER");
        return m;
    }
}
