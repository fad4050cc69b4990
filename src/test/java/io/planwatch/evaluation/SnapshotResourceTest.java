package io.planwatch.evaluation;

import static io.planwatch.evaluation.PlanFixture.push;
import static io.planwatch.evaluation.PlanFixture.value;
import static io.planwatch.testing.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SnapshotResourceTest {

    @Test
    void snapshotDoesNotChangeWhenDataChangeAfterwards() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2020, 8), value(indicator, f.jurisdiction, 2021, 7)));
        String snapshots = "/api/v1/plans/" + f.plan + "/snapshots";

        long id = Api.json()
                .body(Map.of("kind", "MIDTERM", "asOf", 2021))
                .post(snapshots)
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("kind", equalTo("MIDTERM"))
                .body("asOf", equalTo(2021))
                .body("inputsHash", matchesPattern("[0-9a-f]{64}"))
                .extract()
                .jsonPath()
                .getLong("id");
        byte[] frozen = given().get(snapshots + "/" + id)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("targets[0].status", equalTo("ON_TRACK"))
                .extract()
                .asByteArray();
        byte[] inputs = given().get(snapshots + "/" + id + "/inputs")
                .then()
                .statusCode(200)
                .body("targets[0].series.value", equalTo(List.of(8, 7)))
                .extract()
                .asByteArray();

        push(List.of(value(indicator, f.jurisdiction, 2021, 4)));

        given().get("/api/v1/plans/" + f.plan + "/evaluation?asOf=2021")
                .then()
                .statusCode(200)
                .body("targets[0].status", equalTo("ACHIEVED"));
        assertArrayEquals(
                frozen,
                given().get(snapshots + "/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
        assertArrayEquals(
                inputs,
                given().get(snapshots + "/" + id + "/inputs")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
        String hash = given().get(snapshots)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo((int) id))
                .body("items[0].createdAt", notNullValue())
                .extract()
                .jsonPath()
                .getString("items[0].inputsHash");
        assertEquals(SnapshotService.sha256(inputs), hash);

        // A snapshot of the changed data has other inputs.
        String second = Api.json()
                .body(Map.of("kind", "ANNUAL", "asOf", 2021))
                .post(snapshots)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("inputsHash");
        assertNotEquals(hash, second);
    }

    @Test
    void snapshotAsOfDefaultsToTheYearItsKindReportsOn() {
        PlanFixture f = PlanFixture.create(); // 2021–2030, baseline 2020, mid-term 2025
        String indicator = Api.newIndicator("PER_MILLE");
        f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2020, 8), value(indicator, f.jurisdiction, 2022, 7)));
        String snapshots = "/api/v1/plans/" + f.plan + "/snapshots";
        for (Map.Entry<String, Integer> kind :
                Map.of("MIDTERM", 2025, "FINAL", 2030, "ANNUAL", 2022).entrySet()) {
            long id = Api.json()
                    .body(Map.of("kind", kind.getKey()))
                    .post(snapshots)
                    .then()
                    .statusCode(201)
                    .body("asOf", equalTo(kind.getValue()))
                    .extract()
                    .jsonPath()
                    .getLong("id");
            given().get(snapshots + "/" + id).then().statusCode(200).body("asOf", equalTo(kind.getValue()));
        }

        PlanFixture noMidterm = PlanFixture.forJurisdiction(Api.newCounty(), null);
        Api.problem(
                        Api.json()
                                .body(Map.of("kind", "MIDTERM"))
                                .post("/api/v1/plans/" + noMidterm.plan + "/snapshots")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].code", equalTo("REQUIRED"));
    }

    @Test
    void snapshotAsOfOutsideThePlanYearsIsAValidationProblem() {
        PlanFixture f = PlanFixture.create();
        String snapshots = "/api/v1/plans/" + f.plan + "/snapshots";
        // 2019 precedes the baseline year, 2031 follows the period end; 1800 is not a year the API takes at all.
        for (int year : List.of(2019, 2031)) {
            Api.problem(
                            Api.json()
                                    .body(Map.of("kind", "ANNUAL", "asOf", year))
                                    .post(snapshots)
                                    .then(),
                            400,
                            "validation-failed")
                    .body("errors[0].field", equalTo("asOf"))
                    .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        }
        Api.problem(
                        Api.json()
                                .body(Map.of("kind", "ANNUAL", "asOf", 1800))
                                .post(snapshots)
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("asOf"));
        given().get(snapshots).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void snapshotDoesNotChangeWhenTheTargetIsEdited() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        long target = f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2020, 8), value(indicator, f.jurisdiction, 2021, 7)));
        String snapshots = "/api/v1/plans/" + f.plan + "/snapshots";
        long id = Api.json()
                .body(Map.of("kind", "ANNUAL", "asOf", 2021))
                .post(snapshots)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        byte[] frozen = given().get(snapshots + "/" + id)
                .then()
                .statusCode(200)
                .body("targets[0].value", equalTo(5))
                .body("targets[0].status", equalTo("ON_TRACK"))
                .extract()
                .asByteArray();
        byte[] inputs = given().get(snapshots + "/" + id + "/inputs")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        Api.json()
                .body(Map.of("domain", 1, "indicator", indicator, "kind", "AT_MOST", "value", 7.5))
                .put(f.targetPath(target))
                .then()
                .statusCode(200);

        given().get("/api/v1/plans/" + f.plan + "/evaluation?asOf=2021")
                .then()
                .statusCode(200)
                .body("targets[0].value", equalTo(7.5f))
                .body("targets[0].status", equalTo("ACHIEVED"));
        assertArrayEquals(
                frozen,
                given().get(snapshots + "/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
        assertArrayEquals(
                inputs,
                given().get(snapshots + "/" + id + "/inputs")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray());
    }

    @Test
    void unknownSnapshotKindIsRejected() {
        PlanFixture f = PlanFixture.create();
        Api.json()
                .body(Map.of("kind", "QUARTERLY", "asOf", 2021))
                .post("/api/v1/plans/" + f.plan + "/snapshots")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/malformed-json"))
                .body("errors[0].field", equalTo("kind"));
        Api.json()
                .body(Map.of("asOf", 2021))
                .post("/api/v1/plans/" + f.plan + "/snapshots")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/validation-failed"))
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void snapshotOfUnknownPlanOrIdIsNotFound() {
        Api.json()
                .body(Map.of("kind", "ANNUAL"))
                .post("/api/v1/plans/no-such-plan/snapshots")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
        given().get("/api/v1/plans/luzhai-children/snapshots/999999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://planwatch.io/problems/not-found"));
    }
}
