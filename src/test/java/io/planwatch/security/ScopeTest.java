package io.planwatch.security;

import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Object-level access on the sample data: 鹿寨县 (450223, under 柳州市 450200) and 荔浦市 (450381, under 桂林市 450300)
 * may not touch each other's data; the city reads its counties; a reporter reports as its own department.
 */
@QuarkusTest
class ScopeTest {

    private static final String LUZHAI = "450223";
    private static final String LIPU = "450381";
    private String indicator;

    @BeforeEach
    void freshIndicator() {
        indicator = Api.newIndicator("PERCENT", "SEX");
    }

    private Map<String, Object> row(String jurisdiction, int year, double value) {
        return Map.of(
                "indicator", indicator, "jurisdiction", jurisdiction, "period", Integer.toString(year), "value", value);
    }

    @Test
    void aReporterOfLuzhaiCannotPushLipusData() {
        var reporter = Api.as("reporter", LUZHAI, "450223-WJ");
        reporter.body(Map.of(
                        "source",
                        "wjw-mis",
                        "observations",
                        List.of(row(LUZHAI, 2021, 50), row(LIPU, 2021, 60), row("450223100", 2021, 55))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("rejected", equalTo(1))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].code", equalTo("OUT_OF_SCOPE"))
                .body("errors[0].field", equalTo("jurisdiction"));
        problem(
                        Api.as("reporter", LUZHAI, "450223-WJ")
                                .body(Map.of(
                                        "source",
                                        "wjw-mis",
                                        "observations",
                                        List.of(row(LUZHAI, 2022, 50), row(LIPU, 2022, 60))))
                                .queryParam("atomic", true)
                                .post("/api/v1/observations")
                                .then(),
                        422,
                        "import-rejected")
                .body("errors[0].code", equalTo("OUT_OF_SCOPE"));
        Api.given()
                .queryParam("indicator", indicator)
                .queryParam("limit", 100)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.jurisdiction", not(hasItem(LIPU)))
                .body("items.period", not(hasItem(2022)));
    }

    @Test
    void aReporterReportsAsItsOwnDepartmentOnly() {
        Api.as("reporter", LUZHAI, "450223-WJ")
                .body(Map.of(
                        "source",
                        "wjw-mis",
                        "observations",
                        List.of(
                                row(LUZHAI, 2019, 40),
                                Map.of(
                                        "indicator",
                                        indicator,
                                        "jurisdiction",
                                        LUZHAI,
                                        "period",
                                        "2018",
                                        "value",
                                        41,
                                        "department",
                                        "450223-JY"))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("errors[0].index", equalTo(1))
                .body("errors[0].field", equalTo("department"))
                .body("errors[0].code", equalTo("NOT_OWN_DEPARTMENT"));
        // the row without a department is the token's department's
        Api.given()
                .queryParam("indicator", indicator)
                .queryParam("from", 2019)
                .queryParam("to", 2019)
                .get("/api/v1/observations")
                .then()
                .body("items[0].department", equalTo("450223-WJ"));
        // a batch default naming another department is refused row by row too
        Api.as("reporter", LUZHAI, "450223-WJ")
                .body(Map.of(
                        "source", "wjw-mis", "department", "450223-JY", "observations", List.of(row(LUZHAI, 2017, 40))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("errors[0].code", equalTo("NOT_OWN_DEPARTMENT"));
    }

    @Test
    void aReaderOfLuzhaiCannotReadLipusDataAndSeesA404AsForNothing() {
        var reader = Api.as("reader", LUZHAI, "450223-TJ");
        String unknown = reader.get("/api/v1/plans/no-such-plan/evaluation")
                .then()
                .statusCode(404)
                .extract()
                .path("title");
        problem(
                        Api.as("reader", LUZHAI, "450223-TJ")
                                .get("/api/v1/plans/lipu-children/evaluation")
                                .then(),
                        404,
                        "not-found")
                .body("title", equalTo(unknown))
                .body("detail", equalTo("plan 'lipu-children' does not exist"));
        problem(
                Api.as("reader", LUZHAI, "450223-TJ")
                        .get("/api/v1/plans/lipu-children")
                        .then(),
                404,
                "not-found");
        Api.as("reader", LUZHAI, "450223-TJ")
                .queryParam("limit", 100)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body("items.jurisdiction", not(hasItem(LIPU)))
                .body("items.code", hasItem("luzhai-children"))
                .body("items.code", not(hasItem("lipu-children")));
        Api.given()
                .body(Map.of("source", "lipu-mis", "observations", List.of(row(LIPU, 2020, 70))))
                .contentType("application/json")
                .post("/api/v1/observations")
                .then()
                .statusCode(200);
        Api.as("reader", LUZHAI, "450223-TJ")
                .queryParam("indicator", indicator)
                .queryParam("jurisdiction", LIPU)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        Api.as("reader", LIPU, null)
                .queryParam("indicator", indicator)
                .queryParam("jurisdiction", LIPU)
                .get("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void theCityOfLiuzhouReadsLuzhaisEvaluation() {
        Api.as("reader", "450200", null)
                .get("/api/v1/plans/luzhai-children/evaluation?asOf=2020")
                .then()
                .statusCode(200)
                .body("plan", equalTo("luzhai-children"));
        problem(
                Api.as("reader", "450200", null)
                        .get("/api/v1/plans/lipu-children/evaluation")
                        .then(),
                404,
                "not-found");
        // and a county does not read its city's neighbour through the province's roll-up either
        problem(
                Api.as("reader", "450223100", null)
                        .get("/api/v1/plans/luzhai-children")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void aPlanOwnerCreatesPlansOnlyInItsJurisdiction() {
        var owner = Api.as("plan-owner", LUZHAI, "450223-FL");
        String code = "t-own-" + Api.seq();
        owner.body(Map.of(
                        "code",
                        code,
                        "title",
                        "测试",
                        "jurisdiction",
                        LIPU,
                        "population",
                        "CHILDREN",
                        "periodStart",
                        2021,
                        "periodEnd",
                        2030))
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("jurisdiction"));
        Api.as("plan-owner", LUZHAI, "450223-FL")
                .body(Map.of(
                        "code",
                        code,
                        "title",
                        "测试",
                        "jurisdiction",
                        "450223101",
                        "population",
                        "CHILDREN",
                        "periodStart",
                        2021,
                        "periodEnd",
                        2030))
                .post("/api/v1/plans")
                .then()
                .statusCode(201);
    }

    @Test
    void everyRevisionShowsWhoMadeIt() {
        Api.asSubject("wjw-clerk-7", "reporter", LUZHAI, "450223-WJ")
                .body(Map.of("source", "wjw-mis", "observations", List.of(row(LUZHAI, 2016, 30))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        Api.asSubject("wjw-clerk-8", "reporter", LUZHAI, "450223-WJ")
                .body(Map.of("source", "wjw-mis", "observations", List.of(row(LUZHAI, 2016, 31))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        Object id = Api.given()
                .queryParam("indicator", indicator)
                .queryParam("from", 2016)
                .queryParam("to", 2016)
                .get("/api/v1/observations")
                .then()
                .extract()
                .path("items[0].id");
        Api.as("reader", LUZHAI, "450223-TJ")
                .get("/api/v1/observations/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.recordedBy.subject", equalTo(List.of("wjw-clerk-7", "wjw-clerk-8")))
                .body("items.recordedBy.department", everyItem(equalTo("450223-WJ")));
        problem(
                Api.as("reader", LIPU, null)
                        .get("/api/v1/observations/" + id + "/revisions")
                        .then(),
                404,
                "not-found");
    }

    @Test
    void pushesAndTheirKeysAreTheirPushersOwn() {
        String key = "annual-" + Api.seq();
        var first = Api.asSubject("system-a", "reporter", LUZHAI, "450223-WJ")
                .header("Idempotency-Key", key)
                .body(Map.of("source", "shared-name", "observations", List.of(row(LUZHAI, 2015, 20))));
        Object push = first.post("/api/v1/observations")
                .then()
                .statusCode(200)
                .extract()
                .path("push");
        // another system may use the same key (and the same source name) for its own body: not a 409
        Api.asSubject("system-b", "reporter", LUZHAI, "450223-WJ")
                .header("Idempotency-Key", key)
                .body(Map.of("source", "shared-name", "observations", List.of(row(LUZHAI, 2014, 21))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", (String) null);
        Api.asSubject("system-b", "reporter", LUZHAI, "450223-WJ")
                .queryParam("source", "shared-name")
                .get("/api/v1/observation-pushes")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].recordedBy.subject", equalTo("system-b"));
        problem(
                Api.asSubject("system-b", "reporter", LUZHAI, "450223-WJ")
                        .get("/api/v1/observation-pushes/" + push)
                        .then(),
                404,
                "not-found");
        Api.asSubject("system-a", "reporter", LUZHAI, "450223-WJ")
                .get("/api/v1/observation-pushes/" + push)
                .then()
                .statusCode(200)
                .body("idempotencyKey", equalTo(key))
                .body("recordedBy.department", equalTo("450223-WJ"));
        Api.given()
                .get("/api/v1/observation-pushes/" + push)
                .then()
                .statusCode(200)
                .body("recordedBy.subject", equalTo("system-a"));
    }

    @Test
    void aRowWhoseFieldsComeInAnotherOrderIsTheSameBody() {
        String key = "order-" + Api.seq();
        String a = "{\"source\":\"wjw-mis\",\"observations\":[{\"indicator\":\"" + indicator
                + "\",\"jurisdiction\":\"450223\",\"period\":\"2013\",\"value\":12}]}";
        String b = "{\"observations\":[{\"value\":12,\"period\":\"2013\",\"jurisdiction\":\"450223\",\"indicator\":\""
                + indicator + "\"}],\"source\":\"wjw-mis\"}";
        Api.json()
                .header("Idempotency-Key", key)
                .body(a)
                .post("/api/v1/observations")
                .then()
                .statusCode(200);
        Api.json()
                .header("Idempotency-Key", key)
                .body(b)
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", equalTo("true"));
    }

    @Test
    void fieldsTheCallerMayNotSetAreRefusedByName() {
        String plan = Api.newPlan();
        problem(
                        Api.json()
                                .body(Map.of(
                                        "id", 999, "domain", 1, "indicator", indicator, "kind", "AT_MOST", "value", 5))
                                .post("/api/v1/plans/" + plan + "/targets")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", hasItem("id"))
                .body("errors.code", hasItem("READ_ONLY"));
        Api.json().get("/api/v1/plans/" + plan).then().statusCode(200).body("code", notNullValue());
    }
}
