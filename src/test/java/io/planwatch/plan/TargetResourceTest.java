package io.planwatch.plan;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TargetResourceTest {

    private String plan;
    /** PERCENT (natural range 0–100), LOWER_IS_BETTER, disaggregated by SEX and AREA. */
    private String indicator;

    @BeforeEach
    void freshPlanAndIndicator() {
        plan = Api.newPlan();
        indicator = Api.newIndicator("PERCENT", "SEX", "AREA");
    }

    private String targets() {
        return "/api/v1/plans/" + plan + "/targets";
    }

    /** An AT_MOST 5 target on domain 1 of the fresh plan, with the given fields replaced (null removes one). */
    private Map<String, Object> target(Object... overrides) {
        Map<String, Object> body = new HashMap<>();
        body.put("domain", 1);
        body.put("indicator", indicator);
        body.put("kind", "AT_MOST");
        body.put("value", 5);
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove((String) overrides[i]);
            } else {
                body.put((String) overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }

    private long create(Map<String, Object> body) {
        return Api.json()
                .body(body)
                .post(targets())
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** A rejected create must leave the plan without targets. */
    private void assertNoTargets() {
        given().get(targets()).then().statusCode(200).body("items", empty());
    }

    private void assertRejected(Map<String, Object> body, String field) {
        problem(Api.json().body(body).post(targets()).then(), 400, "validation-failed")
                .body("errors.field", hasItems(field));
        assertNoTargets();
    }

    @Test
    void createsTargetWithEveryFieldLocationAndETag() {
        Map<String, Object> body = target(
                "goal",
                1,
                "strict",
                false,
                "targetYear",
                2030,
                "maintain",
                true,
                "scope",
                Map.of("type", "EACH", "level", "TOWNSHIP"),
                "disaggregation",
                Map.of("SEX", "F"),
                "milestones",
                List.of(Map.of("year", 2025, "value", 6)),
                "leadDepartment",
                "450223-WJ",
                "cooperatingDepartments",
                List.of("450223-TJ", "450223-FL"),
                "sourceText",
                "婴儿死亡率控制在5‰以下",
                "sourceLine",
                47);
        Response created = Api.json().body(body).post(targets());
        created.then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("domain", equalTo(1))
                .body("goal", equalTo(1))
                .body("indicator", equalTo(indicator))
                .body("kind", equalTo("AT_MOST"))
                .body("value", equalTo(5))
                .body("maintain", equalTo(true))
                .body("scope.type", equalTo("EACH"))
                .body("scope.level", equalTo("TOWNSHIP"))
                .body("disaggregation.SEX", equalTo("F"))
                .body("milestones[0].year", equalTo(2025))
                .body("milestones[0].value", equalTo(6))
                .body("leadDepartment", equalTo("450223-WJ"))
                .body("cooperatingDepartments", equalTo(List.of("450223-FL", "450223-TJ")));
        long id = created.jsonPath().getLong("id");
        created.then().header("Location", endsWith(targets() + "/" + id));
        given().get(targets() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("sourceText", equalTo("婴儿死亡率控制在5‰以下"))
                .body("sourceLine", equalTo(47))
                .body("scope.level", equalTo("TOWNSHIP"))
                .body("milestones.year", equalTo(List.of(2025)))
                .body("cooperatingDepartments", equalTo(List.of("450223-FL", "450223-TJ")));
    }

    @Test
    void defaultsTargetYearScopeAndFlags() {
        long id = create(target());
        given().get(targets() + "/" + id)
                .then()
                .statusCode(200)
                .body("targetYear", equalTo(2030))
                .body("scope.type", equalTo("JURISDICTION"))
                .body("scope.level", nullValue())
                .body("strict", equalTo(false))
                .body("maintain", equalTo(false))
                .body("disaggregation", nullValue());
    }

    @Test
    void relativeChangeDefaultsItsBaselineToThePlans() {
        long id = create(target("kind", "RELATIVE_CHANGE", "value", null, "changePct", -20));
        given().get(targets() + "/" + id)
                .then()
                .statusCode(200)
                .body("changePct", equalTo(-20))
                .body("baselineYear", equalTo(2020))
                .body("value", nullValue());
    }

    @Test
    void acceptsGapNarrowingAndQualitativeTargets() {
        create(target(
                "kind",
                "GAP_NARROWING",
                "value",
                null,
                "gap",
                Map.of("dimension", "AREA", "a", "RURAL", "b", "URBAN")));
        create(Map.of("domain", 1, "kind", "QUALITATIVE", "sourceText", "儿童健康服务体系更加完善"));
        given().get(targets())
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("GAP_NARROWING", "QUALITATIVE")))
                .body("items[0].gap.a", equalTo("RURAL"))
                .body("items[1].indicator", nullValue());
    }

    @Test
    void listsByDomainGoalIndicatorAndKindPageByPage() {
        Api.json()
                .body(Map.of("order", 2, "name", "儿童与教育"))
                .post("/api/v1/plans/" + plan + "/domains")
                .then()
                .statusCode(201);
        String other = Api.newIndicator("PERCENT");
        long a = create(target("goal", 1));
        long b = create(target("goal", 1, "kind", "AT_LEAST", "value", 90));
        long c = create(target("indicator", other));
        long d = create(target("domain", 2, "kind", "TREND_DOWN", "value", null));

        Response first = given().queryParam("limit", 3).get(targets());
        first.then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) a, (int) b, (int) c)))
                .body("limit", equalTo(3))
                .body("nextCursor", notNullValue());
        given().queryParam("limit", 3)
                .queryParam("cursor", first.path("nextCursor").toString())
                .get(targets())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) d)))
                .body("nextCursor", nullValue());

        given().queryParam("domain", 2).get(targets()).then().statusCode(200).body("items.id", equalTo(List.of((int)
                d)));
        given().queryParam("domain", 1)
                .queryParam("goal", 1)
                .get(targets())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) a, (int) b)));
        given().queryParam("indicator", other)
                .get(targets())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) c)));
        given().queryParam("kind", "AT_LEAST")
                .get(targets())
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of((int) b)));
        given().queryParam("kind", "QUALITATIVE")
                .get(targets())
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void listOfUnknownPlanIsNotFound() {
        problem(given().get("/api/v1/plans/no-such-plan/targets").then(), 404, "not-found");
    }

    @Test
    void updatesWithoutIfMatch() {
        long id = create(target());
        Api.json()
                .body(target("value", 3, "milestones", List.of(Map.of("year", 2025, "value", 4))))
                .put(targets() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("value", equalTo(3))
                .body("milestones[0].value", equalTo(4));
        given().get(targets() + "/" + id)
                .then()
                .statusCode(200)
                .body("value", equalTo(3))
                .body("milestones.year", equalTo(List.of(2025)));
    }

    @Test
    void updatesWithCurrentIfMatchAndRejectsStaleOne() {
        long id = create(target());
        Api.json()
                .header("If-Match", "\"0\"")
                .body(target("value", 4))
                .put(targets() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));
        problem(
                Api.json()
                        .header("If-Match", "\"0\"")
                        .body(target("value", 2))
                        .put(targets() + "/" + id)
                        .then(),
                412,
                "precondition-failed");
        given().get(targets() + "/" + id)
                .then()
                .statusCode(200)
                .body("value", equalTo(4))
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void rejectedUpdateChangesNothing() {
        long id =
                create(target("milestones", List.of(Map.of("year", 2025, "value", 6)), "leadDepartment", "450223-WJ"));
        problem(
                        Api.json()
                                .body(target("value", 120, "milestones", List.of(), "leadDepartment", "450223-TJ"))
                                .put(targets() + "/" + id)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("value")));
        given().get(targets() + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("value", equalTo(5))
                .body("milestones.year", equalTo(List.of(2025)))
                .body("leadDepartment", equalTo("450223-WJ"));
    }

    @Test
    void deletesTarget() {
        long id = create(target());
        given().delete(targets() + "/" + id).then().statusCode(204);
        problem(given().get(targets() + "/" + id).then(), 404, "not-found");
        assertNoTargets();
    }

    @Test
    void rejectsDeleteWithStaleIfMatch() {
        long id = create(target());
        problem(given().header("If-Match", "\"9\"").delete(targets() + "/" + id).then(), 412, "precondition-failed");
        given().get(targets() + "/" + id).then().statusCode(200);
    }

    @Test
    void targetOfAnotherPlanIsNotFound() {
        long id = create(target());
        String otherPlan = Api.newPlan();
        String elsewhere = "/api/v1/plans/" + otherPlan + "/targets/" + id;
        problem(given().get(elsewhere).then(), 404, "not-found");
        problem(Api.json().body(target("value", 1)).put(elsewhere).then(), 404, "not-found");
        problem(given().delete(elsewhere).then(), 404, "not-found");
        given().get(targets() + "/" + id).then().statusCode(200).body("value", equalTo(5));
        problem(given().get(targets() + "/999999999").then(), 404, "not-found");
    }

    @Test
    void rejectsMissingDomainAndKind() {
        problem(Api.json().body("{}").post(targets()).then(), 400, "validation-failed")
                .body("errors.field", hasItems("domain", "kind"));
        assertNoTargets();
    }

    @Test
    void rejectsAtMostWithoutValue() {
        assertRejected(target("value", null), "value");
    }

    @Test
    void rejectsRelativeChangeWithValue() {
        assertRejected(target("kind", "RELATIVE_CHANGE", "changePct", -20), "value");
    }

    @Test
    void rejectsRelativeChangeWithoutChangePct() {
        assertRejected(target("kind", "RELATIVE_CHANGE", "value", null), "changePct");
    }

    @Test
    void rejectsChangePctOnOtherKinds() {
        assertRejected(target("changePct", -20), "changePct");
    }

    @Test
    void rejectsValueAboveIndicatorRange() {
        problem(Api.json().body(target("value", 120)).post(targets()).then(), 400, "validation-failed")
                .body("errors.field", equalTo(List.of("value")))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        assertNoTargets();
    }

    @Test
    void rejectsValueBelowIndicatorRange() {
        assertRejected(target("value", -1), "value");
    }

    @Test
    void rejectsToleranceOnNonApproxTarget() {
        assertRejected(target("tolerance", 0.5), "tolerance");
    }

    @Test
    void rejectsEachScopeWithoutLevel() {
        problem(
                        Api.json()
                                .body(target("scope", Map.of("type", "EACH")))
                                .post(targets())
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("scope.level")));
        assertNoTargets();
    }

    @Test
    void rejectsEachScopeAtThePlansOwnLevel() {
        assertRejected(target("scope", Map.of("type", "EACH", "level", "COUNTY")), "scope.level");
    }

    @Test
    void rejectsDisaggregationOnDimensionTheIndicatorDoesNotAccept() {
        problem(
                        Api.json()
                                .body(target("disaggregation", Map.of("AGE_GROUP", "0-5")))
                                .post(targets())
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("disaggregation")))
                .body("errors[0].code", equalTo("INVALID_DIMENSION"));
        assertNoTargets();
    }

    @Test
    void rejectsDisaggregationCodeTheDimensionDoesNotKnow() {
        assertRejected(target("disaggregation", Map.of("SEX", "X")), "disaggregation");
    }

    @Test
    void rejectsGapNarrowingWithoutGap() {
        problem(
                        Api.json()
                                .body(target("kind", "GAP_NARROWING", "value", null))
                                .post(targets())
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("gap")))
                .body("errors[0].code", equalTo("REQUIRED"));
        assertNoTargets();
    }

    @Test
    void rejectsGapOnDimensionTheIndicatorDoesNotAccept() {
        assertRejected(
                target(
                        "kind",
                        "GAP_NARROWING",
                        "value",
                        null,
                        "gap",
                        Map.of("dimension", "ETHNICITY", "a", "HAN", "b", "ZHUANG")),
                "gap");
    }

    @Test
    void rejectsGapOnOtherKinds() {
        assertRejected(target("gap", Map.of("dimension", "AREA", "a", "RURAL", "b", "URBAN")), "gap");
    }

    @Test
    void rejectsStrictOnTrendTarget() {
        problem(
                        Api.json()
                                .body(target("kind", "TREND_DOWN", "value", null, "strict", true))
                                .post(targets())
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("strict")));
        assertNoTargets();
    }

    @Test
    void rejectsMilestoneAfterTargetYear() {
        problem(
                        Api.json()
                                .body(target(
                                        "targetYear", 2025, "milestones", List.of(Map.of("year", 2027, "value", 6))))
                                .post(targets())
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("milestones[0].year")));
        assertNoTargets();
    }

    @Test
    void rejectsTwoMilestonesForOneYear() {
        assertRejected(
                target("milestones", List.of(Map.of("year", 2025, "value", 6), Map.of("year", 2025, "value", 7))),
                "milestones[1].year");
    }

    @Test
    void rejectsMilestoneValueOutsideIndicatorRange() {
        assertRejected(target("milestones", List.of(Map.of("year", 2025, "value", 150))), "milestones[0].value");
    }

    @Test
    void rejectsTargetYearOutsideThePlanPeriod() {
        assertRejected(target("targetYear", 2035), "targetYear");
    }

    @Test
    void rejectsUnknownReferences() {
        assertRejected(target("domain", 9), "domain");
        assertRejected(target("goal", 9), "goal");
        assertRejected(target("indicator", "CH-NO-SUCH"), "indicator");
        assertRejected(target("leadDepartment", "NO-SUCH-DEPT"), "leadDepartment");
        assertRejected(
                target("cooperatingDepartments", List.of("450223-TJ", "NO-SUCH-DEPT")), "cooperatingDepartments[1]");
    }

    @Test
    void rejectsNumericTargetWithoutIndicator() {
        assertRejected(target("indicator", null), "indicator");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        problem(
                        Api.json()
                                .body(target(
                                        "value",
                                        null,
                                        "strict",
                                        null,
                                        "scope",
                                        Map.of("type", "EACH"),
                                        "targetYear",
                                        2025,
                                        "milestones",
                                        List.of(Map.of("year", 2028, "value", 1)),
                                        "leadDepartment",
                                        "NO-SUCH-DEPT"))
                                .post(targets())
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", hasItems("value", "scope.level", "milestones[0].year", "leadDepartment"));
        assertNoTargets();
    }

    @Test
    void rejectsUnknownKindNamingTheField() {
        problem(Api.json().body(target("kind", "AT_MOST_OR_SO")).post(targets()).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("kind"));
        assertNoTargets();
    }

    @Test
    void rejectsUnknownScopeTypeNamingTheField() {
        problem(
                        Api.json()
                                .body(target("scope", Map.of("type", "ALL")))
                                .post(targets())
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("scope.type"));
        assertNoTargets();
    }

    @Test
    void rejectsUnknownFieldInBody() {
        problem(Api.json().body(target("unit", "FOO")).post(targets()).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("unit"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        assertNoTargets();
    }

    @Test
    void rejectsValueWrittenAsText() {
        problem(Api.json().body(target("value", "五")).post(targets()).then(), 400, "malformed-json")
                .body("errors[0].field", equalTo("value"));
        assertNoTargets();
    }

    @Test
    void rejectsMalformedJson() {
        problem(
                Api.json()
                        .body("{\"domain\":1,\"kind\":\"AT_MOST\",\"value\":5,,}")
                        .post(targets())
                        .then(),
                400,
                "malformed-json");
        assertNoTargets();
    }

    @Test
    void rejectsBodyThatIsNotJson() {
        problem(
                given().contentType(ContentType.TEXT)
                        .body("AT_MOST 5")
                        .post(targets())
                        .then(),
                415,
                "unsupported-media-type");
        assertNoTargets();
    }

    @Test
    void rejectsTargetOfUnknownPlan() {
        problem(
                Api.json()
                        .body(target())
                        .post("/api/v1/plans/no-such-plan/targets")
                        .then(),
                404,
                "not-found");
    }
}
