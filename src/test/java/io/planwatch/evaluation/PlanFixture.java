package io.planwatch.evaluation;

import io.planwatch.testing.Api;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh plan of its own for one test: a new county (or a jurisdiction the test built), its plan 2021–2030 with
 * baseline 2020, mid-term 2025 and one domain, and helpers to add targets and push values through the API. Nothing
 * it creates is shared with other tests.
 */
public final class PlanFixture {

    /** The plan's jurisdiction: a fresh county unless the test built another. */
    public final String jurisdiction;

    public final String plan;

    private PlanFixture(String jurisdiction, String plan) {
        this.jurisdiction = jurisdiction;
        this.plan = plan;
    }

    public static PlanFixture create() {
        return forJurisdiction(Api.newCounty(), 2025);
    }

    /** A plan of the given jurisdiction; {@code midtermYear} may be null (a plan that names none). */
    public static PlanFixture forJurisdiction(String jurisdiction, Integer midtermYear) {
        String plan = "t-eval-" + Api.seq();
        Map<String, Object> body = new HashMap<>(Map.of(
                "code",
                plan,
                "title",
                "测试规划" + plan,
                "jurisdiction",
                jurisdiction,
                "population",
                "CHILDREN",
                "periodStart",
                2021,
                "periodEnd",
                2030,
                "baselineYear",
                2020));
        if (midtermYear != null) {
            body.put("midtermYear", midtermYear);
        }
        Api.json().body(body).post("/api/v1/plans").then().statusCode(201);
        Api.json()
                .body(Map.of("order", 1, "name", "儿童与健康"))
                .post("/api/v1/plans/" + plan + "/domains")
                .then()
                .statusCode(201);
        return new PlanFixture(jurisdiction, plan);
    }

    /** Adds a township under the plan's county and returns its code. */
    public String township(String suffix) {
        return jurisdiction(jurisdiction + suffix, "TOWNSHIP", jurisdiction);
    }

    /** Creates a jurisdiction (parent may be null for a province) and returns its code. */
    public static String jurisdiction(String code, String level, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "测试区划" + code, "level", level));
        if (parent != null) {
            body.put("parent", parent);
        }
        Api.json().body(body).post("/api/v1/jurisdictions").then().statusCode(201);
        return code;
    }

    /** Adds a department of the plan's jurisdiction and returns its code. */
    public String department(String suffix) {
        String code = jurisdiction + "-" + suffix;
        Api.json()
                .body(Map.of("code", code, "name", "测试部门" + code, "jurisdiction", jurisdiction))
                .post("/api/v1/departments")
                .then()
                .statusCode(201);
        return code;
    }

    public String targetPath(long id) {
        return "/api/v1/plans/" + plan + "/targets/" + id;
    }

    /** Adds a target in domain 1 (fields as in the contract) and returns its id. */
    public long target(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("domain", 1);
        return Api.json()
                .body(body)
                .post("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Pushes rows of {indicator, jurisdiction, period, value[, disaggregation]}; every row must be accepted. */
    public static void push(List<Map<String, Object>> rows) {
        List<Map<String, Object>> observations = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> o = new HashMap<>(row);
            o.put("period", String.valueOf(row.get("period")));
            o.putIfAbsent("status", "FINAL");
            observations.add(o);
        }
        Api.json()
                .body(Map.of("source", "eval-test", "observations", observations))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("rejected", org.hamcrest.Matchers.equalTo(0));
    }

    public static Map<String, Object> value(String indicator, String jurisdiction, int period, Object value) {
        return Map.of("indicator", indicator, "jurisdiction", jurisdiction, "period", period, "value", value);
    }

    public static Map<String, Object> value(
            String indicator, String jurisdiction, int period, Object value, Map<String, String> disaggregation) {
        return Map.of(
                "indicator",
                indicator,
                "jurisdiction",
                jurisdiction,
                "period",
                period,
                "value",
                value,
                "disaggregation",
                disaggregation);
    }
}
