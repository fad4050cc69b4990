package io.planwatch.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small helpers the API tests share: requests carrying a real signed token (an administrator's unless the test
 * asks for another caller with {@link #as}), and fresh reference data that no other test touches. Tests send every
 * request through here, never through a bare {@code RestAssured.given()}.
 */
public final class Api {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 900) * 1000);

    /** The administrator the tests act as by default: every operation, every jurisdiction. */
    public static final String ADMIN_SUBJECT = "test-admin";

    private static volatile String adminToken;

    private Api() {}

    /** A request as the test administrator, with no content type set. */
    public static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(adminToken());
    }

    /** A JSON request as the test administrator. */
    public static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request without any token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given();
    }

    /**
     * A JSON request as a caller of this role (reporter, plan-owner, reader, admin), jurisdiction and department
     * (either may be null: the claim is left out). The subject is role@jurisdiction, or see {@link #asSubject}.
     */
    public static RequestSpecification as(String role, String jurisdiction, String department) {
        return asSubject(
                role + "@" + jurisdiction + (department == null ? "" : "/" + department),
                role,
                jurisdiction,
                department);
    }

    /** {@link #as} with a subject of the test's choosing. */
    public static RequestSpecification asSubject(String subject, String role, String jurisdiction, String department) {
        return withToken(TestTokens.token(subject, Set.of(role), jurisdiction, department));
    }

    /** A JSON request carrying this exact bearer token. */
    public static RequestSpecification withToken(String token) {
        return RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private static String adminToken() {
        if (adminToken == null) {
            adminToken = TestTokens.token(ADMIN_SUBJECT, Set.of("admin"), "450000", null);
        }
        return adminToken;
    }

    /** A fresh county (6 digits, under the sample's 柳州市 450200) and returns its code. */
    public static String newCounty() {
        String code = String.format("45%04d", 3000 + SEQ.incrementAndGet() % 6000);
        json().body(Map.of("code", code, "name", "测试县" + code, "level", "COUNTY", "parent", "450200"))
                .post("/api/v1/jurisdictions")
                .then()
                .statusCode(201);
        return code;
    }

    /** A fresh indicator with the given unit and dimensions; returns its code. */
    public static String newIndicator(String unit, String... dimensions) {
        String code = "T-IND-" + SEQ.incrementAndGet();
        json().body(Map.of(
                        "code",
                        code,
                        "name",
                        "测试指标" + code,
                        "unit",
                        unit,
                        "polarity",
                        "LOWER_IS_BETTER",
                        "dimensions",
                        dimensions))
                .post("/api/v1/indicators")
                .then()
                .statusCode(201);
        return code;
    }

    /** A fresh department of the given jurisdiction; returns its code. */
    public static String newDepartment(String jurisdiction) {
        String code = "T-DEP-" + SEQ.incrementAndGet();
        json().body(Map.of("code", code, "name", "测试部门" + code, "jurisdiction", jurisdiction))
                .post("/api/v1/departments")
                .then()
                .statusCode(201);
        return code;
    }

    /** A fresh DRAFT plan of the sample county 450223 (2021–2030, baseline 2020) with domain 1 and its goal 1. */
    public static String newPlan() {
        String code = "t-plan-" + SEQ.incrementAndGet();
        json().body(Map.of(
                        "code",
                        code,
                        "title",
                        "测试规划" + code,
                        "jurisdiction",
                        "450223",
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
                .post("/api/v1/plans")
                .then()
                .statusCode(201);
        json().body(Map.of("order", 1, "name", "儿童与健康"))
                .post("/api/v1/plans/" + code + "/domains")
                .then()
                .statusCode(201);
        json().body(Map.of("number", 1, "text", "婴儿死亡率控制在5‰以下。"))
                .post("/api/v1/plans/" + code + "/domains/1/goals")
                .then()
                .statusCode(201);
        return code;
    }

    /** Asserts an RFC 9457 answer: the status, application/problem+json and the problem type's slug. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://planwatch.io/problems/" + slug));
    }

    public static int seq() {
        return SEQ.incrementAndGet();
    }
}
