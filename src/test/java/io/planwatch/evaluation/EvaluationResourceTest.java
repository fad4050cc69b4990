package io.planwatch.evaluation;

import static io.planwatch.evaluation.PlanFixture.push;
import static io.planwatch.evaluation.PlanFixture.value;
import static io.planwatch.testing.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationResourceTest {

    private static final Logger LOG = Logger.getLogger(EvaluationResourceTest.class);
    private static final String SAMPLE = "/api/v1/plans/luzhai-children";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void samplePlanEvaluatesEndToEndAndItsInfantMortalityTargetIsWeakerThanBaseline() {
        // asOf named: the report tests push later years of the sample plan
        JsonPath body = given().get(SAMPLE + "/evaluation?asOf=2020")
                .then()
                .statusCode(200)
                .body("plan", equalTo("luzhai-children"))
                .body("asOf", equalTo(2020))
                .body("summary.targets", equalTo(112))
                .body("domains.size()", greaterThan(0))
                .extract()
                .jsonPath();
        String imr = "targets.find { it.indicator == 'CH-HEALTH-IMR' && it.kind == 'AT_MOST' }";
        assertEquals("ACHIEVED", body.getString(imr + ".status"));
        assertEquals("LATEST_MEETS_TARGET", body.getString(imr + ".rule"));
        assertEquals(2020, body.getInt(imr + ".baseline.year"));
        assertEquals("2.41", body.getString(imr + ".baseline.value"));
        assertTrue(body.getList(imr + ".warnings.code").contains("WEAKER_THAN_BASELINE"));
        assertTrue(body.getString(imr + ".explanation").contains("婴儿死亡率"));
        // The same target alone reads as it does in the plan.
        long id = body.getLong(imr + ".id");
        given().get(SAMPLE + "/targets/" + id + "/evaluation?asOf=2020")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("warnings.code", hasItem("WEAKER_THAN_BASELINE"));
        given().get(SAMPLE + "/warnings?asOf=2020")
                .then()
                .statusCode(200)
                .body("items.findAll { it.target == " + id + " }.code", hasItem("WEAKER_THAN_BASELINE"));
        // The plan itself is still served next to its sub-resources.
        given().get(SAMPLE).then().statusCode(200).body("code", equalTo("luzhai-children"));
    }

    @Test
    void pushingAnObservationChangesTheEvaluation() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        long target = f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2020, 8), value(indicator, f.jurisdiction, 2021, 7)));
        String path = "/api/v1/plans/" + f.plan + "/targets/" + target + "/evaluation";
        given().get(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_TRACK"))
                .body("latest.year", equalTo(2021))
                .body("projection.year", equalTo(2030));

        push(List.of(value(indicator, f.jurisdiction, 2022, 4.5)));

        given().get("/api/v1/plans/" + f.plan + "/evaluation")
                .then()
                .statusCode(200)
                .body("asOf", equalTo(2022))
                .body("targets[0].status", equalTo("ACHIEVED"))
                .body("targets[0].latest.value", equalTo(4.5f))
                .body("summary.byStatus.ACHIEVED", equalTo(1));
        // Values after asOf are ignored.
        given().get(path + "?asOf=2021").then().statusCode(200).body("status", equalTo("ON_TRACK"));
    }

    @Test
    void gapTargetReadsItsTwoGroupsAndEachTargetItsTownships() {
        PlanFixture f = PlanFixture.create();
        String good = f.township("100");
        String bad = f.township("101");
        String imr = Api.newIndicator("PER_MILLE", "AREA");
        String vaccination = Api.newIndicator("PERCENT");
        long gap = f.target(Map.of(
                "indicator",
                imr,
                "kind",
                "GAP_NARROWING",
                "gap",
                Map.of("dimension", "AREA", "a", "RURAL", "b", "URBAN")));
        long each = f.target(Map.of(
                "indicator",
                vaccination,
                "kind",
                "AT_LEAST",
                "value",
                90,
                "maintain",
                true,
                "scope",
                Map.of("type", "EACH", "level", "TOWNSHIP")));
        push(List.of(
                value(imr, f.jurisdiction, 2020, 10, Map.of("AREA", "RURAL")),
                        value(imr, f.jurisdiction, 2020, 4, Map.of("AREA", "URBAN")),
                value(imr, f.jurisdiction, 2021, 8, Map.of("AREA", "RURAL")),
                        value(imr, f.jurisdiction, 2021, 4, Map.of("AREA", "URBAN")),
                value(vaccination, good, 2020, 95), value(vaccination, good, 2021, 96),
                value(vaccination, bad, 2020, 85), value(vaccination, bad, 2021, 80)));

        JsonPath body = given().get("/api/v1/plans/" + f.plan + "/evaluation?asOf=2021")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String g = "targets.find { it.id == " + gap + " }";
        assertEquals("ACHIEVED", body.getString(g + ".status"));
        assertEquals(List.of(6, 4), body.getList(g + ".values.value", Integer.class));
        String e = "targets.find { it.id == " + each + " }";
        assertEquals("REGRESSING", body.getString(e + ".status"));
        assertEquals("WORST_SUBUNIT", body.getString(e + ".rule"));
        assertEquals(List.of(good, bad), body.getList(e + ".subunits.jurisdiction"));
        assertEquals(List.of("ACHIEVED", "REGRESSING"), body.getList(e + ".subunits.status"));
        assertTrue(body.getList(e + ".warnings.findAll { it.code == 'SUBUNIT_FAILING' }.jurisdiction")
                .contains(bad));
        // explanations name the groups and the townships, and a gap of per-mille rates is in 个千分点
        assertTrue(
                body.getString(g + ".explanation").contains("（农村与城镇之差）由6个千分点变为4个千分点，总体呈下降趋势"),
                body.getString(g + ".explanation"));
        assertTrue(
                body.getString(e + ".explanation").contains("测试区划" + bad + "未向目标方向变化"),
                body.getString(e + ".explanation"));
        assertTrue(
                body.getList(e + ".warnings.message", String.class).contains("测试区划" + bad + "：2021年为80%，未向目标方向变化"),
                body.getList(e + ".warnings.message").toString());
    }

    @Test
    void asOfOutsideThePlansYearsIsA400StatingThem() {
        PlanFixture f = PlanFixture.create(); // baseline year 2020, period end 2030
        String base = "/api/v1/plans/" + f.plan;
        long target = f.target(Map.of("indicator", Api.newIndicator("PERCENT"), "kind", "AT_LEAST", "value", 90));
        for (int year : List.of(2019, 2031)) {
            for (String path : List.of(
                    base + "/evaluation?asOf=",
                    base + "/targets/" + target + "/evaluation?asOf=",
                    base + "/warnings?asOf=",
                    base + "/implementing-plans/evaluation?asOf=",
                    base + "/report?asOf=",
                    base + "/reporting-status?year=")) {
                String field = path.endsWith("year=") ? "year" : "asOf";
                Api.problem(given().get(path + year).then(), 400, "validation-failed")
                        .body("errors[0].field", equalTo(field))
                        .body("errors[0].code", equalTo("OUT_OF_RANGE"))
                        .body(
                                "errors[0].message",
                                equalTo(field + " " + year + " is outside the years of plan '" + f.plan
                                        + "': 2020–2030 (baseline year to period end)"));
            }
        }
        Api.problem(
                        given().header("Accept-Language", "zh")
                                .get(base + "/evaluation?asOf=2019")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].message", equalTo("asOf 2019 不在规划“" + f.plan + "”的年份内：2020—2030年（基线年至规划期末）"));
        // the plan's own years are fine, both ends
        given().get(base + "/evaluation?asOf=2020").then().statusCode(200);
        given().get(base + "/warnings?asOf=2030").then().statusCode(200);
    }

    @Test
    void planEvaluationReadsItsDataInAFixedNumberOfStatements() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PERCENT", "AREA");
        List<String> townships = new ArrayList<>(List.of(f.township("101"), f.township("102")));
        // Every read the evaluation can make: sub-jurisdictions (EACH), assessments (qualitative), milestones, a gap.
        f.target(Map.of(
                "indicator",
                indicator,
                "kind",
                "AT_LEAST",
                "value",
                90,
                "scope",
                Map.of("type", "EACH", "level", "TOWNSHIP")));
        f.target(Map.of(
                "indicator",
                indicator,
                "kind",
                "AT_MOST",
                "value",
                5,
                "milestones",
                List.of(Map.of("year", 2025, "value", 6))));
        f.target(Map.of(
                "indicator",
                indicator,
                "kind",
                "GAP_NARROWING",
                "gap",
                Map.of("dimension", "AREA", "a", "RURAL", "b", "URBAN")));
        long qualitative = f.target(Map.of("kind", "QUALITATIVE"));
        Api.json()
                .body(Map.of("year", 2021, "level", "PROGRESSING", "evidence", "已启动"))
                .post(f.targetPath(qualitative) + "/assessments")
                .then()
                .statusCode(201);
        pushYears(indicator, f.jurisdiction, townships, 2020, 2021);
        String path = "/api/v1/plans/" + f.plan + "/evaluation";
        given().get(path + "?asOf=2020")
                .then()
                .statusCode(200); // warm up, under another cache key than the measured read

        long small = statementsFor(path);

        // Four times the targets, three times the townships, 3.5 times the years (up to 2026: no future values).
        for (int i = 0; i < 3; i++) {
            f.target(Map.of(
                    "indicator",
                    Api.newIndicator("PERCENT"),
                    "kind",
                    "AT_LEAST",
                    "value",
                    90,
                    "scope",
                    Map.of("type", "EACH", "level", "TOWNSHIP")));
            f.target(Map.of("kind", "QUALITATIVE"));
            f.target(Map.of(
                    "indicator",
                    indicator,
                    "kind",
                    "TREND_DOWN",
                    "milestones",
                    List.of(Map.of("year", 2024, "value", 4))));
        }
        for (int i = 3; i <= 6; i++) {
            townships.add(f.township("10" + i));
        }
        pushYears(indicator, f.jurisdiction, townships, 2022, 2026);
        long large = statementsFor(path);

        LOG.infof("evaluatePlan: %d statements for the small plan, %d for the large one", small, large);
        // plan, domains, targets, milestones, sub-jurisdictions, assessments through Hibernate; the observations are
        // the
        // one plain JDBC statement of PlanInputsReader.observations, which Hibernate's statistics do not see
        assertEquals(6, small, "a plan evaluation reads in a fixed set of set-based queries");
        assertEquals(small, large, "the number of statements must not grow with targets, townships or years");
    }

    @Test
    void samplePlanEvaluationLatency() {
        given().get(SAMPLE + "/evaluation").then().statusCode(200); // warm up
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            given().get(SAMPLE + "/evaluation?asOf=2025").then().statusCode(200);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        LOG.infof(
                "evaluatePlan luzhai-children (112 targets): median %d ms, max %d ms over 20 calls",
                millis.get(10), millis.get(19));
    }

    @Test
    void provincePlanReachesTownshipsAtAnyDepth() {
        int n = Api.seq() % 10000;
        String province = PlanFixture.jurisdiction(String.format("9%04d0", n), "PROVINCE", null);
        String prefecture = PlanFixture.jurisdiction(String.format("9%04d1", n), "PREFECTURE", province);
        String countyA = PlanFixture.jurisdiction(String.format("9%04d2", n), "COUNTY", prefecture);
        String countyB = PlanFixture.jurisdiction(String.format("9%04d3", n), "COUNTY", prefecture);
        String a1 = PlanFixture.jurisdiction(countyA + "001", "TOWNSHIP", countyA);
        // A township whose code does not start with its county's: found through the parent chain, not the prefix.
        String b1 = PlanFixture.jurisdiction(String.format("8%04d3001", n), "TOWNSHIP", countyB);
        PlanFixture f = PlanFixture.forJurisdiction(province, 2025);
        String indicator = Api.newIndicator("PERCENT");
        long townships = f.target(Map.of(
                "indicator",
                indicator,
                "kind",
                "AT_LEAST",
                "value",
                90,
                "scope",
                Map.of("type", "EACH", "level", "TOWNSHIP")));
        long counties = f.target(Map.of(
                "indicator",
                indicator,
                "kind",
                "AT_LEAST",
                "value",
                90,
                "scope",
                Map.of("type", "EACH", "level", "COUNTY")));
        push(List.of(
                value(indicator, a1, 2020, 91),
                value(indicator, a1, 2021, 92),
                value(indicator, b1, 2020, 85),
                value(indicator, b1, 2021, 84),
                value(indicator, countyA, 2021, 95),
                value(indicator, countyB, 2021, 93)));

        JsonPath body = given().get("/api/v1/plans/" + f.plan + "/evaluation?asOf=2021")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String t = "targets.find { it.id == " + townships + " }";
        // 8…3001 sorts before 9…2001
        assertEquals(List.of(b1, a1), body.getList(t + ".subunits.jurisdiction"));
        assertEquals(List.of("REGRESSING", "ACHIEVED"), body.getList(t + ".subunits.status"));
        assertEquals("REGRESSING", body.getString(t + ".status"));
        String c = "targets.find { it.id == " + counties + " }";
        assertEquals(List.of(countyA, countyB), body.getList(c + ".subunits.jurisdiction"));
        assertEquals("ACHIEVED", body.getString(c + ".status"));
    }

    @Test
    void evaluationShowsTheComparatorAndTheToleranceInForce() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        long strict = f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5, "strict", true));
        long approx = f.target(Map.of("indicator", indicator, "kind", "APPROX", "value", 5, "tolerance", 0.35));
        long approxDefault = f.target(Map.of("indicator", indicator, "kind", "APPROX", "value", 6));
        push(List.of(value(indicator, f.jurisdiction, 2020, 6), value(indicator, f.jurisdiction, 2024, 5)));

        JsonPath body = given().get("/api/v1/plans/" + f.plan + "/evaluation?asOf=2024")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String s = "targets.find { it.id == " + strict + " }";
        assertEquals(true, body.getBoolean(s + ".strict"));
        assertNull(body.get(s + ".tolerance"));
        // 低于5‰: 5 does not meet it
        assertEquals("ON_TRACK", body.getString(s + ".status"));
        String a = "targets.find { it.id == " + approx + " }";
        assertEquals(false, body.getBoolean(a + ".strict"));
        assertEquals("0.35", body.getString(a + ".tolerance"));
        // 10 % of 6
        assertEquals("0.6", body.getString("targets.find { it.id == " + approxDefault + " }.tolerance"));
    }

    @Test
    void reportingStatusListsMissingTargetsPerLeadDepartment() {
        PlanFixture f = PlanFixture.create();
        String health = f.department("WJ");
        String education = f.department("JY");
        String reported = Api.newIndicator("PER_MILLE");
        String late = Api.newIndicator("PER_MILLE");
        String alsoLate = Api.newIndicator("PERCENT");
        f.target(Map.of("indicator", reported, "kind", "AT_MOST", "value", 5, "leadDepartment", health));
        long lateTarget = f.target(Map.of("indicator", late, "kind", "AT_MOST", "value", 5, "leadDepartment", health));
        long educationTarget =
                f.target(Map.of("indicator", alsoLate, "kind", "AT_LEAST", "value", 90, "leadDepartment", education));
        f.target(Map.of("kind", "QUALITATIVE", "leadDepartment", education));
        push(List.of(value(reported, f.jurisdiction, 2023, 3), value(late, f.jurisdiction, 2022, 4)));

        JsonPath body = given().get("/api/v1/plans/" + f.plan + "/reporting-status?year=2023")
                .then()
                .statusCode(200)
                .body("year", equalTo(2023))
                .body("targets", equalTo(3))
                .body("missing", equalTo(2))
                .extract()
                .jsonPath();
        String h = "departments.find { it.department == '" + health + "' }";
        assertEquals(2, body.getInt(h + ".targets"));
        assertEquals(List.of(lateTarget), body.getList(h + ".missing.target", Long.class));
        assertEquals(2022, body.getInt(h + ".missing[0].latestYear"));
        assertEquals(
                List.of(educationTarget),
                body.getList("departments.find { it.department == '" + education + "' }.missing.target", Long.class));
    }

    @Test
    void reportingStatusNamesTheTownshipsOfAnEachTargetStillMissing() {
        PlanFixture f = PlanFixture.create();
        String reported = f.township("101");
        String late = f.township("102");
        String silent = f.township("103");
        String indicator = Api.newIndicator("PERCENT");
        long each = f.target(Map.of(
                "indicator",
                indicator,
                "kind",
                "AT_LEAST",
                "value",
                90,
                "scope",
                Map.of("type", "EACH", "level", "TOWNSHIP")));
        push(List.of(
                value(indicator, reported, 2023, 95),
                value(indicator, late, 2022, 93),
                value(indicator, f.jurisdiction, 2023, 94)));

        JsonPath body = given().get("/api/v1/plans/" + f.plan + "/reporting-status?year=2023")
                .then()
                .statusCode(200)
                .body("targets", equalTo(1))
                .body("missing", equalTo(1))
                .extract()
                .jsonPath();
        assertEquals(List.of(each), body.getList("departments[0].missing.target", Long.class));
        assertEquals(List.of(late, silent), body.getList("departments[0].missing[0].jurisdictions"));
        // The evaluation agrees: the silent township is listed but does not decide the status.
        given().get(f.targetPath(each) + "/evaluation?asOf=2023")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("reported", equalTo(false))
                .body("subunits.find { it.jurisdiction == '" + silent + "' }.status", equalTo("NO_DATA"))
                .body("warnings.findAll { it.code == 'STALE' }.jurisdiction", hasItem(silent));
    }

    @Test
    void targetOfAnotherPlanIsNotFound() {
        PlanFixture mine = PlanFixture.create();
        PlanFixture other = PlanFixture.create();
        long target = mine.target(Map.of("indicator", Api.newIndicator("PER_MILLE"), "kind", "AT_MOST", "value", 5));
        given().get(mine.targetPath(target) + "/evaluation").then().statusCode(200);
        // Both read paths: without asOf the whole plan is read, with asOf only the target.
        for (String query : List.of("", "?asOf=2022")) {
            Api.problem(
                    given().get(other.targetPath(target) + "/evaluation" + query)
                            .then(),
                    404,
                    "not-found");
        }
    }

    @Test
    void unknownPlanIsNotFoundProblem() {
        given().get("/api/v1/plans/no-such-plan/evaluation")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
        given().get(SAMPLE + "/targets/999999999/evaluation")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
    }

    @Test
    void asOfThatIsNotAYearIsAValidationProblem() {
        for (String bad : List.of("20x5", "1800", "2025.5")) {
            given().get(SAMPLE + "/evaluation?asOf=" + bad)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                    .body("errors[0].field", equalTo("asOf"));
        }
        given().get(SAMPLE + "/reporting-status")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    /**
     * The JDBC statements Hibernate prepares while one request runs. Hibernate's statistics are this application's
     * own (not the database server's global counters, which other connections move too); the tests run one at a
     * time, so nothing else prepares statements meanwhile.
     */
    private long statementsFor(String path) {
        return Statements.of(sessionFactory, path);
    }

    /** One value per year for the plan's jurisdiction (total and both AREA groups) and each township. */
    private static void pushYears(String indicator, String county, List<String> townships, int from, int to) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int v = 80 + year - 2020;
            rows.add(value(indicator, county, year, v));
            rows.add(value(indicator, county, year, v + 5, Map.of("AREA", "RURAL")));
            rows.add(value(indicator, county, year, v, Map.of("AREA", "URBAN")));
            for (String t : townships) {
                rows.add(value(indicator, t, year, v));
            }
        }
        push(rows);
    }
}
