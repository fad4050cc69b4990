package io.planwatch.assessment;

import static io.planwatch.testing.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.planwatch.evaluation.PlanFixture;
import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    @Test
    void assessmentsDecideAQualitativeTargetsStatus() {
        PlanFixture f = PlanFixture.create();
        String department = f.department("MZ");
        long target =
                f.target(Map.of("kind", "QUALITATIVE", "leadDepartment", department, "sourceText", "儿童福利服务体系更加完善"));
        String evaluation = "/api/v1/plans/" + f.plan + "/targets/" + target + "/evaluation";
        String assessments = "/api/v1/plans/" + f.plan + "/targets/" + target + "/assessments";
        given().get(evaluation + "?asOf=2021").then().statusCode(200).body("status", equalTo("NOT_ASSESSED"));

        Api.json()
                .body(Map.of("year", 2021, "level", "PROGRESSING", "evidence", "已建成儿童之家5个"))
                .post(assessments)
                .then()
                .statusCode(201)
                .body("department", equalTo(department))
                .body("level", equalTo("PROGRESSING"));
        Api.json()
                .body(Map.of("year", 2023, "level", "ACHIEVED", "evidence", "全部乡镇建成儿童之家"))
                .post(assessments)
                .then()
                .statusCode(201);

        given().get(evaluation + "?asOf=2021")
                .then()
                .statusCode(200)
                .body("status", equalTo("ON_TRACK"))
                .body("rule", equalTo("ASSESSMENT"));
        given().get(evaluation + "?asOf=2022").then().statusCode(200).body("status", equalTo("ON_TRACK"));
        given().get(evaluation + "?asOf=2023").then().statusCode(200).body("status", equalTo("ACHIEVED"));
        given().get(evaluation).then().statusCode(200).body("status", equalTo("ACHIEVED"));
        given().get(assessments)
                .then()
                .statusCode(200)
                .body("items.year", equalTo(List.of(2021, 2023)))
                .body("items.evidence", hasItem("全部乡镇建成儿童之家"));
        given().get("/api/v1/plans/" + f.plan + "/evaluation?asOf=2023")
                .then()
                .statusCode(200)
                .body("summary.byStatus.ACHIEVED", equalTo(1));
    }

    @Test
    void laggingAssessmentWarnsWithTheAssessmentItself() {
        PlanFixture f = PlanFixture.create();
        long target = f.target(Map.of("kind", "QUALITATIVE"));
        Api.json()
                .body(Map.of("year", 2022, "level", "LAGGING", "evidence", "仅2个乡镇建成"))
                .post(f.targetPath(target) + "/assessments")
                .then()
                .statusCode(201);
        given().get(f.targetPath(target) + "/evaluation?asOf=2023")
                .then()
                .statusCode(200)
                .body("status", equalTo("AT_RISK"))
                .body("warnings[0].code", equalTo("AT_RISK"))
                .body("warnings[0].year", equalTo(2022))
                .body("warnings[0].assessment.year", equalTo(2022))
                .body("warnings[0].assessment.level", equalTo("LAGGING"));
        given().get("/api/v1/plans/" + f.plan + "/warnings?asOf=2023")
                .then()
                .statusCode(200)
                .body("items.find { it.code == 'AT_RISK' }.assessment.level", equalTo("LAGGING"));
    }

    @Test
    void secondAssessmentForTheSameYearIsRefused() {
        PlanFixture f = PlanFixture.create();
        long target = f.target(Map.of("kind", "QUALITATIVE"));
        String assessments = "/api/v1/plans/" + f.plan + "/targets/" + target + "/assessments";
        Api.json()
                .body(Map.of("year", 2022, "level", "LAGGING", "evidence", "进展缓慢"))
                .post(assessments)
                .then()
                .statusCode(201);
        Api.json()
                .body(Map.of("year", 2022, "level", "ACHIEVED", "evidence", "改口"))
                .post(assessments)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/already-exists"));
    }

    @Test
    void numericTargetTakesNoAssessment() {
        PlanFixture f = PlanFixture.create();
        long target = f.target(Map.of("indicator", Api.newIndicator("PER_MILLE"), "kind", "AT_MOST", "value", 5));
        Api.json()
                .body(Map.of("year", 2022, "level", "ACHIEVED", "evidence", "x"))
                .post("/api/v1/plans/" + f.plan + "/targets/" + target + "/assessments")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/conflict"));
    }

    @Test
    void assessmentOutsideThePlanYearsOrWithoutEvidenceIsInvalid() {
        PlanFixture f = PlanFixture.create();
        long target = f.target(Map.of("kind", "QUALITATIVE"));
        String assessments = "/api/v1/plans/" + f.plan + "/targets/" + target + "/assessments";
        Api.json()
                .body(Map.of("year", 2015, "level", "ACHIEVED", "evidence", "x"))
                .post(assessments)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("year"));
        Api.json()
                .body(Map.of("year", 2022, "level", "ACHIEVED"))
                .post(assessments)
                .then()
                .statusCode(400)
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("evidence"));
        Api.json()
                .body(Map.of("year", 2022, "level", "ACHIEVED", "evidence", "x"))
                .post("/api/v1/plans/" + f.plan + "/targets/999999999/assessments")
                .then()
                .statusCode(404)
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
    }
}
