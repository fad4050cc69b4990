package io.planwatch.evaluation;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** A city compares the plans of its counties: one call, one common year, each county's roll-up. */
@QuarkusTest
class ImplementingPlansTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(String path) {
        return Statements.of(sessionFactory, path);
    }

    @Test
    void theCountiesPlansAreComparedAsOfOneYear() {
        String city = "t-city-" + Api.seq();
        Api.json()
                .body(Map.of(
                        "code",
                        city,
                        "title",
                        "柳州市儿童发展规划",
                        "jurisdiction",
                        "450200",
                        "population",
                        "CHILDREN",
                        "periodStart",
                        2021,
                        "periodEnd",
                        2030,
                        "baselineYear",
                        2020))
                .post("/api/v1/plans")
                .then()
                .statusCode(201);
        String indicator = Api.newIndicator("PER_MILLE");
        PlanFixture first = implementing(city, indicator, "ADOPTED");
        PlanFixture second = implementing(city, indicator, "ADOPTED");
        implementing(city, indicator, "DRAFT"); // under review: not compared yet
        PlanFixture.push(List.of(
                Map.of("indicator", indicator, "jurisdiction", first.jurisdiction, "period", "2020", "value", 6),
                Map.of("indicator", indicator, "jurisdiction", first.jurisdiction, "period", "2023", "value", 4.5),
                Map.of("indicator", indicator, "jurisdiction", second.jurisdiction, "period", "2020", "value", 6),
                Map.of("indicator", indicator, "jurisdiction", second.jurisdiction, "period", "2022", "value", 6.4)));
        String compare = "/api/v1/plans/" + city + "/implementing-plans/evaluation";
        PlanFixture low = first.jurisdiction.compareTo(second.jurisdiction) < 0 ? first : second;
        PlanFixture high = low == first ? second : first;
        given().get(compare)
                .then()
                .statusCode(200)
                .body("plan", equalTo(city))
                .body(
                        "asOf",
                        equalTo(2023)) // the latest year either county has data for: 2022 is not used for the second
                .body("items", hasSize(2))
                .body("items.plan", contains(low.plan, high.plan))
                .body("items.find { it.plan == '" + first.plan + "' }.summary.byStatus.ACHIEVED", equalTo(1))
                .body("items.find { it.plan == '" + second.plan + "' }.summary.byStatus.REGRESSING", equalTo(1))
                .body("items.find { it.plan == '" + second.plan + "' }.summary.completeness", equalTo(0.0f))
                .body("items[0].domains[0].name", equalTo("儿童与健康"));
        given().queryParam("asOf", 2020)
                .get(compare)
                .then()
                .statusCode(200)
                .body("asOf", equalTo(2020))
                .body("items.summary.byStatus.ACHIEVED", contains(0, 0));
        problem(
                given().get("/api/v1/plans/no-such-plan/implementing-plans/evaluation")
                        .then(),
                404,
                "not-found");

        // set-based: a third county's plan adds no statement
        long two = statementsFor(compare + "?asOf=2021");
        implementing(city, Api.newIndicator("PER_MILLE"), "ADOPTED");
        long three = statementsFor(compare + "?asOf=2021");
        assertEquals(two, three, "the number of statements must not grow with the implementing plans");
        problem(given().queryParam("asOf", "soon").get(compare).then(), 400, "validation-failed");
    }

    /** A county's plan implementing the city's, with one target: the indicator at most 5‰. */
    private static PlanFixture implementing(String city, String indicator, String status) {
        PlanFixture county = PlanFixture.create();
        Map<String, Object> plan = new HashMap<>(given().get("/api/v1/plans/" + county.plan)
                .then()
                .statusCode(200)
                .extract()
                .<Map<String, Object>>path(""));
        plan.put("parentPlan", city);
        plan.put("status", status);
        Api.json().body(plan).put("/api/v1/plans/" + county.plan).then().statusCode(200);
        county.target(Map.of("indicator", indicator, "kind", "AT_MOST", "value", 5));
        return county;
    }
}
