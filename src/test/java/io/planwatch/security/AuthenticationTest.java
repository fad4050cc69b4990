package io.planwatch.security;

import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.planwatch.testing.Api;
import io.planwatch.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every /api call needs a valid bearer token of the configured identity provider; health and the contract do not. */
@QuarkusTest
class AuthenticationTest {

    private static final String PLANS = "/api/v1/plans";

    @Test
    void aTokenOfTheIdentityProviderIsAccepted() {
        Api.json().get(PLANS).then().statusCode(200);
        Api.as("reader", "450223", "450223-TJ").get(PLANS).then().statusCode(200);
    }

    @Test
    void noTokenIsA401ProblemWithABearerChallenge() {
        problem(Api.anonymous().get(PLANS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("detail", containsString("Authorization: Bearer"));
        problem(
                Api.anonymous()
                        .contentType("application/json")
                        .body("{}")
                        .post("/api/v1/observations")
                        .then(),
                401,
                "unauthorized");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = TestTokens.claims("intruder", Set.of("admin"), "450000", null)
                .expiresIn(Duration.ofHours(1))
                .jws()
                .sign(generator.generateKeyPair().getPrivate());
        problem(Api.withToken(forged).get(PLANS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String other = TestTokens.sign(Jwt.issuer("https://elsewhere.example")
                .subject("someone")
                .groups("admin")
                .expiresIn(Duration.ofHours(1)));
        problem(Api.withToken(other).get(PLANS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = TestTokens.sign(TestTokens.claims("late", Set.of("admin"), "450000", null)
                .issuedAt(Instant.now().minus(Duration.ofHours(3)))
                .expiresAt(Instant.now().minus(Duration.ofHours(2))));
        problem(Api.withToken(expired).get(PLANS).then(), 401, "unauthorized")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRefused() {
        problem(Api.withToken("not-a-jwt").get(PLANS).then(), 401, "unauthorized");
    }

    @Test
    void healthAndTheContractNeedNoToken() {
        Api.anonymous().get("/q/health/ready").then().statusCode(200);
        Api.anonymous().get("/q/health/live").then().statusCode(200);
        Api.anonymous().accept("application/yaml").get("/q/openapi").then().statusCode(200);
        // even a refused token does not get in the way of the probes
        Api.withToken("not-a-jwt").get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRoleNotAllowedIsA403NamingTheRoleNeeded() {
        problem(
                        Api.as("reader", "450223", "450223-TJ")
                                .body("{\"code\":\"X-1\",\"name\":\"x\",\"jurisdiction\":\"450223\"}")
                                .post("/api/v1/departments")
                                .then(),
                        403,
                        "forbidden")
                .body("detail", containsString("admin"))
                .body("requiredRoles", equalTo(java.util.List.of("admin")));
    }

    @Test
    void aTokenWithoutAnyPlanWatchRoleIsForbidden() {
        problem(Api.asSubject("nobody", "auditor", "450223", null).get(PLANS).then(), 403, "forbidden")
                .body("detail", containsString("none of the PlanWatch roles"));
    }

    @Test
    void securityProblemsAreAnsweredInTheRequestsLanguage() {
        problem(Api.anonymous().header("Accept-Language", "zh").get(PLANS).then(), 401, "unauthorized")
                .body("detail", containsString("持有者令牌"));
        problem(
                        Api.as("reader", "450223", "450223-TJ")
                                .header("Accept-Language", "zh")
                                .body("{\"code\":\"X-1\",\"name\":\"x\",\"jurisdiction\":\"450223\"}")
                                .post("/api/v1/departments")
                                .then(),
                        403,
                        "forbidden")
                .body("detail", containsString("需要角色 admin"));
        Api.as("reporter", "450223", "450223-WJ")
                .header("Accept-Language", "zh")
                .body(java.util.Map.of(
                        "source",
                        "zh-test",
                        "observations",
                        java.util.List.of(java.util.Map.of(
                                "indicator", "CH-HEALTH-IMR", "jurisdiction", "450381", "period", "2021", "value", 3))))
                .post("/api/v1/observations")
                .then()
                .statusCode(200)
                .body("errors[0].code", equalTo("OUT_OF_SCOPE"))
                .body("errors[0].message", containsString("不在该令牌的报送范围内"));
    }
}
