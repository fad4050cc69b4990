package io.planwatch.plan;

import static io.planwatch.testing.Api.given;
import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DomainResourceTest {

    private static String domains(String plan) {
        return "/api/v1/plans/" + plan + "/domains";
    }

    @Test
    void createsDomainWithLocationAndBody() {
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of("order", 2, "name", "儿童与教育"))
                .post(domains(plan))
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith(domains(plan) + "/2"))
                .body("order", equalTo(2))
                .body("name", equalTo("儿童与教育"))
                .body("goals", empty());
        given().get(domains(plan) + "/2")
                .then()
                .statusCode(200)
                .body("name", equalTo("儿童与教育"))
                .body("goals", empty());
    }

    @Test
    void listsDomainsInOrderWithTheirGoals() {
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of("order", 3, "name", "儿童与福利"))
                .post(domains(plan))
                .then()
                .statusCode(201);
        Api.json()
                .body(Map.of("order", 2, "name", "儿童与教育"))
                .post(domains(plan))
                .then()
                .statusCode(201);
        Api.json()
                .body(Map.of("number", 1, "text", "学前教育毛入园率达到90%以上。"))
                .post(domains(plan) + "/2/goals")
                .then()
                .statusCode(201);
        given().get(domains(plan))
                .then()
                .statusCode(200)
                .body("items.order", equalTo(List.of(1, 2, 3)))
                .body("items[0].goals.number", equalTo(List.of(1)))
                .body("items[1].goals.text", equalTo(List.of("学前教育毛入园率达到90%以上。")))
                .body("items[2].goals", empty());
    }

    @Test
    void sampleOutlineHasSevenDomains() {
        given().get(domains("luzhai-children"))
                .then()
                .statusCode(200)
                .body("items", hasSize(7))
                .body("items[0].name", equalTo("儿童与健康"))
                .body("items[0].goals.number", hasItems(1, 2, 3));
    }

    @Test
    void renamesDomain() {
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of("order", 1, "name", "健康"))
                .put(domains(plan) + "/1")
                .then()
                .statusCode(200)
                .body("name", equalTo("健康"));
        given().get(domains(plan) + "/1")
                .then()
                .statusCode(200)
                .body("name", equalTo("健康"))
                .body("goals.number", equalTo(List.of(1)));
    }

    @Test
    void rejectsChangeOfOrderOnUpdate() {
        String plan = Api.newPlan();
        problem(
                        Api.json()
                                .body(Map.of("order", 5, "name", "挪位"))
                                .put(domains(plan) + "/1")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("order"));
        given().get(domains(plan) + "/1").then().statusCode(200).body("name", equalTo("儿童与健康"));
        problem(given().get(domains(plan) + "/5").then(), 404, "not-found");
    }

    @Test
    void deletesEmptyDomain() {
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of("order", 2, "name", "空领域"))
                .post(domains(plan))
                .then()
                .statusCode(201);
        given().delete(domains(plan) + "/2").then().statusCode(204);
        problem(given().get(domains(plan) + "/2").then(), 404, "not-found");
    }

    @Test
    void refusesToDeleteDomainWithGoals() {
        String plan = Api.newPlan();
        problem(given().delete(domains(plan) + "/1").then(), 409, "in-use");
        given().get(domains(plan) + "/1").then().statusCode(200).body("goals.number", equalTo(List.of(1)));
    }

    @Test
    void rejectsDuplicateOrder() {
        String plan = Api.newPlan();
        problem(
                Api.json()
                        .body(Map.of("order", 1, "name", "重复"))
                        .post(domains(plan))
                        .then(),
                409,
                "already-exists");
        given().get(domains(plan)).then().statusCode(200).body("items.name", equalTo(List.of("儿童与健康")));
    }

    @Test
    void rejectsMissingAndOutOfRangeFields() {
        String plan = Api.newPlan();
        problem(Api.json().body("{}").post(domains(plan)).then(), 400, "validation-failed")
                .body("errors.field", hasItems("order", "name"));
        problem(
                        Api.json()
                                .body(Map.of("order", 0, "name", "零"))
                                .post(domains(plan))
                                .then(),
                        400,
                        "validation-failed")
                .body("errors.field", equalTo(List.of("order")));
        given().get(domains(plan)).then().statusCode(200).body("items.order", equalTo(List.of(1)));
    }

    @Test
    void rejectsUnknownFieldWrongTypeMalformedJsonAndWrongMediaType() {
        String plan = Api.newPlan();
        problem(
                        Api.json()
                                .body(Map.of("order", 2, "name", "多", "title", "x"))
                                .post(domains(plan))
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("title"));
        problem(
                        Api.json()
                                .body(Map.of("order", "二", "name", "类型"))
                                .post(domains(plan))
                                .then(),
                        400,
                        "malformed-json")
                .body("errors[0].field", equalTo("order"));
        problem(Api.json().body("{\"order\":2,").post(domains(plan)).then(), 400, "malformed-json");
        problem(
                given().contentType(ContentType.TEXT)
                        .body("2")
                        .post(domains(plan))
                        .then(),
                415,
                "unsupported-media-type");
        given().get(domains(plan)).then().statusCode(200).body("items.order", equalTo(List.of(1)));
    }

    @Test
    void unknownPlanOrDomainIsNotFound() {
        problem(given().get(domains("no-such-plan")).then(), 404, "not-found");
        problem(
                Api.json()
                        .body(Map.of("order", 1, "name", "无"))
                        .post(domains("no-such-plan"))
                        .then(),
                404,
                "not-found");
        String plan = Api.newPlan();
        problem(given().get(domains(plan) + "/9").then(), 404, "not-found");
        problem(given().delete(domains(plan) + "/9").then(), 404, "not-found");
        problem(
                Api.json()
                        .body(Map.of("order", 9, "name", "无"))
                        .put(domains(plan) + "/9")
                        .then(),
                404,
                "not-found");
        problem(given().get(domains(plan) + "/9/goals").then(), 404, "not-found");
    }

    @Test
    void createsListsUpdatesAndDeletesGoals() {
        String plan = Api.newPlan();
        String goals = domains(plan) + "/1/goals";
        Api.json()
                .body(Map.of("number", 2, "text", "普及儿童健康生活方式。"))
                .post(goals)
                .then()
                .statusCode(201)
                .header("Location", endsWith(goals + "/2"))
                .body("number", equalTo(2))
                .body("text", equalTo("普及儿童健康生活方式。"));
        given().get(goals).then().statusCode(200).body("items.number", equalTo(List.of(1, 2)));
        Api.json()
                .body(Map.of("number", 2, "text", "改后的目标。"))
                .put(goals + "/2")
                .then()
                .statusCode(200)
                .body("text", equalTo("改后的目标。"));
        given().get(goals).then().statusCode(200).body("items[1].text", equalTo("改后的目标。"));
        given().delete(goals + "/2").then().statusCode(204);
        given().get(goals).then().statusCode(200).body("items.number", equalTo(List.of(1)));
    }

    @Test
    void refusesToDeleteGoalWithTargets() {
        String plan = Api.newPlan();
        Api.json()
                .body(Map.of("domain", 1, "goal", 1, "kind", "QUALITATIVE"))
                .post("/api/v1/plans/" + plan + "/targets")
                .then()
                .statusCode(201);
        problem(given().delete(domains(plan) + "/1/goals/1").then(), 409, "in-use");
        given().get(domains(plan) + "/1/goals").then().statusCode(200).body("items.number", equalTo(List.of(1)));
    }

    @Test
    void rejectsInvalidGoals() {
        String plan = Api.newPlan();
        String goals = domains(plan) + "/1/goals";
        problem(Api.json().body(Map.of("number", 1, "text", "重复")).post(goals).then(), 409, "already-exists");
        problem(Api.json().body(Map.of("number", 3)).post(goals).then(), 400, "validation-failed")
                .body("errors.field", equalTo(List.of("text")));
        problem(
                        Api.json()
                                .body(Map.of("number", 7, "text", "改号"))
                                .put(goals + "/1")
                                .then(),
                        400,
                        "validation-failed")
                .body("errors[0].field", equalTo("number"));
        problem(
                Api.json()
                        .body(Map.of("number", 8, "text", "无"))
                        .put(goals + "/8")
                        .then(),
                404,
                "not-found");
        problem(given().delete(goals + "/8").then(), 404, "not-found");
        given().get(goals)
                .then()
                .statusCode(200)
                .body("items.number", equalTo(List.of(1)))
                .body("items[0].text", equalTo("婴儿死亡率控制在5‰以下。"));
    }
}
