package io.planwatch.plan;

import static io.planwatch.evaluation.PlanFixture.push;
import static io.planwatch.evaluation.PlanFixture.value;
import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.planwatch.evaluation.PlanFixture;
import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Period locks: a plan owner freezes the values its plan reads (the indicators of its targets, in its jurisdiction
 * and below) through a year; a push changing one is refused row by row with LOCKED unless the owner overrides it
 * with a reason, which the revision keeps. Each test has a fresh county, plan and indicator of its own.
 */
@QuarkusTest
class PeriodLockTest {

    private static final String LIPU = "450381";

    private record Locked(PlanFixture plan, String indicator) {
        String locks() {
            return "/api/v1/plans/" + plan.plan + "/locks";
        }
    }

    /** A plan with one AT_MOST 5 target, values 2020 = 8, 2021 = 7 and 2022 = 6, locked by its owner through 2022. */
    private static Locked lockedThrough2022() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(
                value(indicator, f.jurisdiction, 2020, 8),
                value(indicator, f.jurisdiction, 2021, 7),
                value(indicator, f.jurisdiction, 2022, 6)));
        Locked l = new Locked(f, indicator);
        owner(f).body(Map.of("throughYear", 2022, "reason", "中期评估报告已印发"))
                .post(l.locks())
                .then()
                .statusCode(201)
                .body("throughYear", equalTo(2022))
                .body("plan", equalTo(f.plan))
                .body("lockedBy.subject", equalTo("plan-owner@" + f.jurisdiction))
                .body("lockedAt", notNullValue());
        return l;
    }

    private static RequestSpecification owner(PlanFixture f) {
        return Api.as("plan-owner", f.jurisdiction, null);
    }

    private static Map<String, Object> row(String indicator, String jurisdiction, int period, Object value) {
        return Map.of(
                "indicator",
                indicator,
                "jurisdiction",
                jurisdiction,
                "period",
                Integer.toString(period),
                "value",
                value,
                "status",
                "FINAL");
    }

    @SafeVarargs
    private static Map<String, Object> batch(Map<String, Object>... rows) {
        List<Map<String, Object>> observations = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            observations.add(row);
        }
        return Map.of("source", "lock-test", "observations", observations);
    }

    private static long observationId(String indicator, String jurisdiction, int year) {
        return given().queryParam("indicator", indicator)
                .queryParam("jurisdiction", jurisdiction)
                .queryParam("from", year)
                .queryParam("to", year)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .jsonPath()
                .getLong("items[0].id");
    }

    @Test
    void aLockedValueIsRefusedWithLockedWhileOtherRowsApply() {
        Locked l = lockedThrough2022();
        String county = l.plan().jurisdiction;
        String other = Api.newIndicator("PER_MILLE"); // no target of the plan reads it: not frozen
        // a reporter without a department claim: its rows keep the stored (empty) department, so 2022 is unchanged
        var reporter = Api.as("reporter", county, null);

        reporter.body(batch(
                        row(l.indicator(), county, 2021, 5),
                        row(l.indicator(), county, 2022, 6),
                        row(l.indicator(), county, 2023, 5),
                        row(l.indicator(), county, 2019, 9),
                        row(other, county, 2021, 3)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(2)) // 2023, and the other indicator
                .body("unchanged", equalTo(1)) // 2022 re-sent as stored
                .body("updated", equalTo(0))
                .body("rejected", equalTo(2))
                .body("errors.index", equalTo(List.of(0, 3)))
                .body("errors.code", equalTo(List.of("LOCKED", "LOCKED")))
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("'" + l.plan().plan + "'"))
                .body("errors[0].message", containsString("through 2022"));
        given().queryParam("indicator", l.indicator())
                .queryParam("from", 2021)
                .queryParam("to", 2021)
                .get("/api/v1/observations")
                .then()
                .body("items[0].value", equalTo(7));

        // atomic: one LOCKED row and nothing of the batch is written
        problem(
                        Api.as("reporter", county, null)
                                .queryParam("atomic", true)
                                .body(batch(row(l.indicator(), county, 2024, 4), row(l.indicator(), county, 2020, 1)))
                                .post("/api/v1/observations")
                                .then(),
                        422,
                        "import-rejected")
                .body("errors[0].index", equalTo(1))
                .body("errors[0].code", equalTo("LOCKED"));
        given().queryParam("indicator", l.indicator())
                .queryParam("from", 2024)
                .get("/api/v1/observations")
                .then()
                .body("items", hasSize(0));

        // the same refusal in Chinese
        Api.as("reporter", county, null)
                .header("Accept-Language", "zh")
                .body(batch(row(l.indicator(), county, 2021, 5)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("errors[0].message", containsString("锁定至2022年"));
    }

    @Test
    void aPushOfNewKeysOnlyInsertsNothingInTheLockedYears() {
        // nothing of these batches is stored, so they are inserted first: the locked year must be left out
        Locked l = lockedThrough2022();
        String county = l.plan().jurisdiction;
        Api.as("reporter", county, null)
                .body(batch(row(l.indicator(), county, 2018, 9), row(l.indicator(), county, 2023, 5)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("rejected", equalTo(1))
                .body("errors.index", equalTo(List.of(0)))
                .body("errors.code", equalTo(List.of("LOCKED")));
        given().queryParam("indicator", l.indicator())
                .queryParam("to", 2019)
                .get("/api/v1/observations")
                .then()
                .body("items", hasSize(0));

        // overridden, a new value in a locked year is created, and its creation revision keeps the reason
        String reason = "补录2017年数";
        owner(l.plan())
                .queryParam("overrideLocks", true)
                .queryParam("overrideReason", reason)
                .body(batch(row(l.indicator(), county, 2017, 9), row(l.indicator(), county, 2024, 4)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("rejected", equalTo(0));
        given().get("/api/v1/observations/" + observationId(l.indicator(), county, 2017) + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].lockOverride.reason", equalTo(reason));
        given().get("/api/v1/observations/" + observationId(l.indicator(), county, 2024) + "/revisions")
                .then()
                .statusCode(200)
                .body("items[0].lockOverride", nullValue());
    }

    @Test
    void theOwnersOverrideIsAppliedAndItsReasonKeptInTheRevisions() {
        Locked l = lockedThrough2022();
        String county = l.plan().jurisdiction;
        String reason = "更正统计年鉴2021年数";
        owner(l.plan())
                .queryParam("overrideLocks", true)
                .queryParam("overrideReason", reason)
                .body(batch(row(l.indicator(), county, 2021, 5), row(l.indicator(), county, 2019, 9)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1))
                .body("created", equalTo(1))
                .body("rejected", equalTo(0));

        long changed = observationId(l.indicator(), county, 2021);
        given().get("/api/v1/observations/" + changed + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].lockOverride", nullValue())
                .body("items[1].oldValue", equalTo(7))
                .body("items[1].newValue", equalTo(5))
                .body("items[1].lockOverride.reason", equalTo(reason))
                .body("items[1].lockOverride.plans", equalTo(List.of(l.plan().plan)))
                .body("items[1].recordedBy.subject", equalTo("plan-owner@" + county));
        long created = observationId(l.indicator(), county, 2019);
        given().get("/api/v1/observations/" + created + "/revisions")
                .then()
                .statusCode(200)
                .body("items[0].lockOverride.reason", equalTo(reason));

        // an override needs its reason
        problem(
                        owner(l.plan())
                                .queryParam("overrideLocks", true)
                                .body(batch(row(l.indicator(), county, 2021, 4)))
                                .post("/api/v1/observations")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("overrideReason"));
        given().queryParam("indicator", l.indicator())
                .queryParam("from", 2021)
                .queryParam("to", 2021)
                .get("/api/v1/observations")
                .then()
                .body("items[0].value", equalTo(5));
    }

    @Test
    void aReporterCannotOverrideNorAnOwnerBelowTheLockingPlan() {
        Locked l = lockedThrough2022();
        String county = l.plan().jurisdiction;
        problem(
                        Api.as("reporter", county, l.plan().department("WJ"))
                                .queryParam("overrideLocks", true)
                                .queryParam("overrideReason", "想改")
                                .body(batch(row(l.indicator(), county, 2021, 5)))
                                .post("/api/v1/observations")
                                .then(),
                        403,
                        "forbidden")
                .body("requiredRoles", equalTo(List.of("plan-owner", "admin")));

        // a plan of 柳州市 freezes its counties' values too; the county's owner may not override the city's lock
        PlanFixture city = PlanFixture.forJurisdiction("450200", 2025);
        String indicator = Api.newIndicator("PER_MILLE");
        city.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, county, 2021, 7)));
        Api.as("plan-owner", "450200", null)
                .body(Map.of("throughYear", 2021))
                .post("/api/v1/plans/" + city.plan + "/locks")
                .then()
                .statusCode(201);
        owner(l.plan())
                .queryParam("overrideLocks", true)
                .queryParam("overrideReason", "县级更正")
                .body(batch(row(indicator, county, 2021, 5)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("updated", equalTo(0))
                .body("errors[0].code", equalTo("LOCKED"))
                .body("errors[0].message", containsString("'" + city.plan + "'"));
        Api.as("plan-owner", "450200", null)
                .queryParam("overrideLocks", true)
                .queryParam("overrideReason", "市级更正")
                .body(batch(row(indicator, county, 2021, 5)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
    }

    @Test
    void onlyAnOwnerReachingThePlanLocksItAndTheLocksAreListed() {
        PlanFixture f = PlanFixture.create();
        String locks = "/api/v1/plans/" + f.plan + "/locks";
        problem(
                Api.as("plan-owner", LIPU, null)
                        .body(Map.of("throughYear", 2022))
                        .post(locks)
                        .then(),
                404,
                "not-found");
        problem(Api.as("plan-owner", LIPU, null).get(locks).then(), 404, "not-found");
        problem(
                Api.as("reader", f.jurisdiction, null)
                        .body(Map.of("throughYear", 2022))
                        .post(locks)
                        .then(),
                403,
                "forbidden");
        problem(owner(f).body(Map.of("throughYear", 2031)).post(locks).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("throughYear"))
                .body("errors[0].code", equalTo("OUT_OF_RANGE"));
        problem(owner(f).body(Map.of("reason", "无年份")).post(locks).then(), 400, "validation-failed")
                .body("errors[0].field", equalTo("throughYear"));
        given().get(locks).then().statusCode(200).body("items", hasSize(0));

        owner(f).body(Map.of("throughYear", 2022)).post(locks).then().statusCode(201);
        Api.as("plan-owner", "450200", null)
                .body(Map.of("throughYear", 2025, "reason", "中期评估"))
                .post(locks)
                .then()
                .statusCode(201);
        Api.as("reporter", f.jurisdiction, null)
                .get(locks)
                .then()
                .statusCode(200)
                .body("items.throughYear", equalTo(List.of(2022, 2025)))
                .body("items.lockedBy.subject", equalTo(List.of("plan-owner@" + f.jurisdiction, "plan-owner@450200")))
                .body("items[1].reason", equalTo("中期评估"));
    }

    @Test
    void publishingAMidtermOrFinalSnapshotProposesALockWithoutLocking() {
        PlanFixture f = PlanFixture.create(); // mid-term 2025, period end 2030
        String snapshots = "/api/v1/plans/" + f.plan + "/snapshots";
        String locks = "/api/v1/plans/" + f.plan + "/locks";
        owner(f).body(Map.of("kind", "MIDTERM"))
                .post(snapshots)
                .then()
                .statusCode(201)
                .body("proposedLock.throughYear", equalTo(2025))
                .body("proposedLock.href", equalTo(locks));
        owner(f).body(Map.of("kind", "ANNUAL", "asOf", 2021))
                .post(snapshots)
                .then()
                .statusCode(201)
                .body("proposedLock", nullValue());
        given().get(locks).then().statusCode(200).body("items", hasSize(0));

        owner(f).body(Map.of("throughYear", 2030)).post(locks).then().statusCode(201);
        owner(f).body(Map.of("kind", "FINAL"))
                .post(snapshots)
                .then()
                .statusCode(201)
                .body("proposedLock", nullValue());
    }

    @Test
    void aFinalSnapshotReproducesByteForByteAfterAnOverrideChangedALockedValue() {
        PlanFixture f = PlanFixture.create();
        String indicator = Api.newIndicator("PER_MILLE");
        f.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        push(List.of(value(indicator, f.jurisdiction, 2020, 8), value(indicator, f.jurisdiction, 2021, 7)));
        String snapshots = "/api/v1/plans/" + f.plan + "/snapshots";
        var answer = owner(f).body(Map.of("kind", "FINAL"))
                .post(snapshots)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        long id = answer.getLong("id");
        byte[] frozen = given().get(snapshots + "/" + id)
                .then()
                .statusCode(200)
                .body("targets[0].status", equalTo("ON_TRACK"))
                .extract()
                .asByteArray();
        byte[] inputs = given().get(snapshots + "/" + id + "/inputs")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        owner(f).body(Map.of("throughYear", answer.getInt("proposedLock.throughYear")))
                .post(answer.getString("proposedLock.href"))
                .then()
                .statusCode(201);

        owner(f).queryParam("overrideLocks", true)
                .queryParam("overrideReason", "终审更正")
                .body(batch(row(indicator, f.jurisdiction, 2021, 4)))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));

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
    }
}
