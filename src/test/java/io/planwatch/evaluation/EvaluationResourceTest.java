package io.planwatch.evaluation;

import io.agroal.api.AgroalDataSource;
import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.planwatch.evaluation.PlanFixture.push;
import static io.planwatch.evaluation.PlanFixture.value;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EvaluationResourceTest {

    private static final Logger LOG = Logger.getLogger(EvaluationResourceTest.class);
    private static final String SAMPLE = "/api/v1/plans/luzhai-children";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void samplePlanEvaluatesEndToEndAndItsInfantMortalityTargetIsWeakerThanBaseline() {
        JsonPath body = given().get(SAMPLE + "/evaluation").then().statusCode(200)
                .body("plan", equalTo("luzhai-children"))
                .body("asOf", equalTo(2020))
                .body("summary.targets", equalTo(112))
                .body("domains.size()", greaterThan(0))
                .extract().jsonPath();
        String imr = "targets.find { it.indicator == 'CH-HEALTH-IMR' && it.kind == 'AT_MOST' }";
        assertEquals("ACHIEVED", body.getString(imr + ".status"));
        assertEquals("LATEST_MEETS_TARGET", body.getString(imr + ".rule"));
        assertEquals(2020, body.getInt(imr + ".baseline.year"));
        assertEquals("2.41", body.getString(imr + ".baseline.value"));
        assertTrue(body.getList(imr + ".warnings.code").contains("WEAKER_THAN_BASELINE"));
        assertTrue(body.getString(imr + ".explanation").contains("婴儿死亡率"));
        // The same target alone reads as it does in the plan.
        long id = body.getLong(imr + ".id");
        given().get(SAMPLE + "/targets/" + id + "/evaluation").then().statusCode(200)
                .body("status", equalTo("ACHIEVED"))
                .body("warnings.code", hasItem("WEAKER_THAN_BASELINE"));
        given().get(SAMPLE + "/warnings?asOf=2020").then().statusCode(200)
                .body("items.findAll { it.target == " + id + " }.code", hasItem("WEAKER_THAN_BASELINE"));
        // The plan itself is still served next to its sub-resources.
        given().get(SAMPLE).then().statusCode(200).body("code", equalTo("luzhai-children"));
    }

    @Test
    void pushingAnObservationChangesTheEvaluation() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        long target = f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.county, 2020, 8), value(indicator, f.county, 2021, 7)));
        String path = "/api/v1/plans/" + f.plan + "/targets/" + target + "/evaluation";
        given().get(path).then().statusCode(200)
                .body("status", equalTo("ON_TRACK"))
                .body("latest.year", equalTo(2021))
                .body("projection.year", equalTo(2030));

        push(List.of(value(indicator, f.county, 2022, 4.5)));

        given().get("/api/v1/plans/" + f.plan + "/evaluation").then().statusCode(200)
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
        long gap = f.target(Map.of("indicator", imr, "kind", "GAP_NARROWING", "gap", Map.of("dimension", "AREA", "a", "RURAL", "b", "URBAN")));
        long each = f.target(Map.of("indicator", vaccination, "kind", "AT_LEAST", "value", 90, "maintain", true,
                "scope", Map.of("type", "EACH", "level", "TOWNSHIP")));
        push(List.of(
                value(imr, f.county, 2020, 10, Map.of("AREA", "RURAL")), value(imr, f.county, 2020, 4, Map.of("AREA", "URBAN")),
                value(imr, f.county, 2021, 8, Map.of("AREA", "RURAL")), value(imr, f.county, 2021, 4, Map.of("AREA", "URBAN")),
                value(vaccination, good, 2020, 95), value(vaccination, good, 2021, 96),
                value(vaccination, bad, 2020, 85), value(vaccination, bad, 2021, 80)));

        JsonPath body = given().get("/api/v1/plans/" + f.plan + "/evaluation?asOf=2021").then().statusCode(200).extract().jsonPath();
        String g = "targets.find { it.id == " + gap + " }";
        assertEquals("ACHIEVED", body.getString(g + ".status"));
        assertEquals(List.of(6, 4), body.getList(g + ".values.value", Integer.class));
        String e = "targets.find { it.id == " + each + " }";
        assertEquals("REGRESSING", body.getString(e + ".status"));
        assertEquals("WORST_SUBUNIT", body.getString(e + ".rule"));
        assertEquals(List.of(good, bad), body.getList(e + ".subunits.jurisdiction"));
        assertEquals(List.of("ACHIEVED", "REGRESSING"), body.getList(e + ".subunits.status"));
        assertTrue(body.getList(e + ".warnings.findAll { it.code == 'SUBUNIT_FAILING' }.jurisdiction").contains(bad));
    }

    @Test
    void planEvaluationReadsItsDataInAFewQueries() throws SQLException {
        given().get(SAMPLE + "/evaluation").then().statusCode(200); // warm up
        long before = selects();
        given().get(SAMPLE + "/evaluation").then().statusCode(200);
        long queries = selects() - before;
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            given().get(SAMPLE + "/evaluation?asOf=2025").then().statusCode(200);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        LOG.infof("evaluatePlan luzhai-children (112 targets): %d SELECTs, median %d ms, max %d ms over 20 calls",
                queries, millis.get(10), millis.get(19));
        assertTrue(queries <= 8, "a plan evaluation should read in a few set-based queries, took " + queries);
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
        long educationTarget = f.target(Map.of("indicator", alsoLate, "kind", "AT_LEAST", "value", 90, "leadDepartment", education));
        f.target(Map.of("kind", "QUALITATIVE", "leadDepartment", education));
        push(List.of(value(reported, f.county, 2023, 3), value(late, f.county, 2022, 4)));

        JsonPath body = given().get("/api/v1/plans/" + f.plan + "/reporting-status?year=2023").then().statusCode(200)
                .body("year", equalTo(2023))
                .body("targets", equalTo(3))
                .body("missing", equalTo(2))
                .extract().jsonPath();
        String h = "departments.find { it.department == '" + health + "' }";
        assertEquals(2, body.getInt(h + ".targets"));
        assertEquals(List.of(lateTarget), body.getList(h + ".missing.target", Long.class));
        assertEquals(2022, body.getInt(h + ".missing[0].latestYear"));
        assertEquals(List.of(educationTarget), body.getList("departments.find { it.department == '" + education + "' }.missing.target", Long.class));
    }

    @Test
    void unknownPlanIsNotFoundProblem() {
        given().get("/api/v1/plans/no-such-plan/evaluation").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
        given().get(SAMPLE + "/targets/999999999/evaluation").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
    }

    @Test
    void asOfThatIsNotAYearIsAValidationProblem() {
        for (String bad : List.of("20x5", "1800", "2025.5")) {
            given().get(SAMPLE + "/evaluation?asOf=" + bad).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                    .body("errors[0].field", equalTo("asOf"));
        }
        given().get(SAMPLE + "/reporting-status").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    private long selects() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
