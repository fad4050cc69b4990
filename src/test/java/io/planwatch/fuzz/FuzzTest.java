package io.planwatch.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fuzz sample of issue 14 in verify: 2,000 hostile requests of {@link Fuzzer} (seeded, so the same ones every run)
 * against every served operation, on fixtures of the test's own, with the administrator's token and one request in
 * four carrying another caller's (a reader or reporter of another county, a plan owner of this one, a reporter
 * without a department). No 5xx, every 4xx a problem of the API's without internal names, nothing written by a 4xx.
 */
@QuarkusTest
class FuzzTest {

    @Inject
    AgroalDataSource dataSource;

    private String county;
    private String department;
    private String indicator;
    private String plan;

    @Test
    void twoThousandHostileRequestsFindNoDefect() throws Exception {
        county = Api.newCounty();
        department = Api.newDepartment(county);
        indicator = Api.newIndicator("PER_MILLE");
        plan = "fuzz-plan-" + Api.seq();
        fixtures("/api/v1/plans/{plan}");
        Map<String, String> substitutions = new LinkedHashMap<>();
        substitutions.put("450223-WJ", department);
        substitutions.put("450223", county);
        substitutions.put("luzhai-children", plan);
        substitutions.put("CH-HEALTH-IMR", indicator);
        Fuzzer.Report report = Fuzzer.run(new Fuzzer.Config(
                RestAssured.baseURI + ":" + RestAssured.port,
                this::connection,
                2_000,
                14L,
                substitutions,
                Fuzzer.bearer(Api.ADMIN_SUBJECT, "admin", "450000", null),
                Fuzzer.otherCallers(county),
                this::fixtures));
        System.out.print(report.table());
        assertEquals(List.of(), report.failures, report.table());
        assertTrue(report.total(0) > 1_900 && report.categories.size() == Fuzzer.CATEGORIES.size(), report.table());
        assertTrue(
                report.statuses.containsKey(403) && report.statuses.containsKey(201),
                "the sample walks refusals and writes: " + report.statuses);
    }

    /** Puts back what a DELETE answered 2xx took: the plan with a domain, a goal and a target, the department, the indicator. */
    private void fixtures(String deleted) {
        if (deleted.startsWith("/api/v1/plans/{plan}")
                && Api.given().get("/api/v1/plans/" + plan).statusCode() == 404) {
            Api.json()
                    .body(Map.of(
                            "code",
                            plan,
                            "title",
                            "模糊测试规划",
                            "jurisdiction",
                            county,
                            "population",
                            "CHILDREN",
                            "periodStart",
                            2021,
                            "periodEnd",
                            2030,
                            "baselineYear",
                            2020,
                            "midtermYear",
                            2025))
                    .post("/api/v1/plans");
        }
        if (deleted.startsWith("/api/v1/plans/{plan}")) {
            Api.json().body(Map.of("order", 1, "name", "儿童与健康")).post("/api/v1/plans/" + plan + "/domains");
            Api.json()
                    .body(Map.of("number", 1, "text", "婴儿死亡率控制在5‰以下。"))
                    .post("/api/v1/plans/" + plan + "/domains/1/goals");
            Api.json()
                    .body(Map.of("domain", 1, "goal", 1, "indicator", indicator, "kind", "AT_MOST", "value", 5))
                    .post("/api/v1/plans/" + plan + "/targets");
        }
        if (deleted.startsWith("/api/v1/departments/")
                && Api.given().get("/api/v1/departments/" + department).statusCode() == 404) {
            Api.json()
                    .body(Map.of("code", department, "name", "模糊测试部门", "jurisdiction", county))
                    .post("/api/v1/departments");
        }
        if (deleted.startsWith("/api/v1/indicators/")
                && Api.given().get("/api/v1/indicators/" + indicator).statusCode() == 404) {
            Api.json()
                    .body(Map.of(
                            "code", indicator, "name", "模糊测试指标", "unit", "PER_MILLE", "polarity", "LOWER_IS_BETTER"))
                    .post("/api/v1/indicators");
        }
        if (deleted.startsWith("/api/v1/jurisdictions/")
                && Api.given().get("/api/v1/jurisdictions/" + county).statusCode() == 404) {
            Api.json()
                    .body(Map.of("code", county, "name", "模糊测试县", "level", "COUNTY", "parent", "450200"))
                    .post("/api/v1/jurisdictions");
        }
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
