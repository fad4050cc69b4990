package io.planwatch.evaluation;

import io.planwatch.testing.Api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh plan of its own for one test: a new county, its plan 2021–2030 with baseline 2020 and one domain, and
 * helpers to add targets and push values through the API. Nothing it creates is shared with other tests.
 */
public final class PlanFixture {

    public final String county;
    public final String plan;

    private PlanFixture(String county, String plan) {
        this.county = county;
        this.plan = plan;
    }

    public static PlanFixture create() {
        String county = Api.newCounty();
        String plan = "t-eval-" + Api.seq();
        Api.json().body(Map.of("code", plan, "title", "测试规划" + plan, "jurisdiction", county, "population", "CHILDREN",
                        "periodStart", 2021, "periodEnd", 2030, "baselineYear", 2020))
                .post("/api/v1/plans").then().statusCode(201);
        Api.json().body(Map.of("order", 1, "name", "儿童与健康")).post("/api/v1/plans/" + plan + "/domains").then().statusCode(201);
        return new PlanFixture(county, plan);
    }

    /** Adds a township under the county and returns its code. */
    public String township(String suffix) {
        String code = county + suffix;
        Api.json().body(Map.of("code", code, "name", "测试镇" + code, "level", "TOWNSHIP", "parent", county))
                .post("/api/v1/jurisdictions").then().statusCode(201);
        return code;
    }

    /** Adds a department of the county and returns its code. */
    public String department(String suffix) {
        String code = county + "-" + suffix;
        Api.json().body(Map.of("code", code, "name", "测试部门" + code, "jurisdiction", county))
                .post("/api/v1/departments").then().statusCode(201);
        return code;
    }

    /** Adds a target in domain 1 (fields as in the contract) and returns its id. */
    public long target(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.putIfAbsent("domain", 1);
        return Api.json().body(body).post("/api/v1/plans/" + plan + "/targets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
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
        Api.json().body(Map.of("source", "eval-test", "observations", observations)).post("/api/v1/observations")
                .then().statusCode(200).body("rejected", org.hamcrest.Matchers.equalTo(0));
    }

    public static Map<String, Object> value(String indicator, String jurisdiction, int period, Object value) {
        return Map.of("indicator", indicator, "jurisdiction", jurisdiction, "period", period, "value", value);
    }

    public static Map<String, Object> value(String indicator, String jurisdiction, int period, Object value, Map<String, String> disaggregation) {
        return Map.of("indicator", indicator, "jurisdiction", jurisdiction, "period", period, "value", value, "disaggregation", disaggregation);
    }
}
