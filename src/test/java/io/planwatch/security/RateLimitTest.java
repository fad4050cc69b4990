package io.planwatch.security;

import static io.planwatch.testing.Api.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pushes and plan drafts are limited per subject and role; beyond the limit 429 with Retry-After. The test profile
 * names two subjects with low limits of their own (application.properties), so this runs in the tests' one
 * application rather than restarting it with low role limits.
 */
@QuarkusTest
class RateLimitTest {

    private static Map<String, Object> push() {
        return Map.of("source", "wjw-mis", "observations", List.of());
    }

    @Test
    void aReporterBeyondItsPushesPerMinuteGets429WithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            Api.asSubject("busy-system", "reporter", "450223", "450223-WJ")
                    .body(push())
                    .post("/api/v1/observations")
                    .then()
                    .statusCode(200);
        }
        problem(
                        Api.asSubject("busy-system", "reporter", "450223", "450223-WJ")
                                .body(push())
                                .post("/api/v1/observations")
                                .then(),
                        429,
                        "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("3 calls a minute"));
        // another subject has a bucket of its own
        Api.asSubject("quiet-system", "reporter", "450223", "450223-WJ")
                .body(push())
                .post("/api/v1/observations")
                .then()
                .statusCode(200);
    }

    @Test
    void planDraftsAreLimitedPerSubjectToo() {
        var first = Api.asSubject("owner-1", "plan-owner", "450223", "450223-FL")
                .contentType("text/plain; charset=UTF-8")
                .body("不是规划的文字");
        first.post("/api/v1/plan-drafts").then().statusCode(org.hamcrest.Matchers.not(429));
        problem(
                        Api.asSubject("owner-1", "plan-owner", "450223", "450223-FL")
                                .contentType("text/plain; charset=UTF-8")
                                .body("不是规划的文字")
                                .post("/api/v1/plan-drafts")
                                .then(),
                        429,
                        "too-many-requests")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // its own limit is on drafts only: its pushes keep its role's limit
        for (int i = 0; i < 4; i++) {
            Api.asSubject("owner-1", "plan-owner", "450223", "450223-FL")
                    .body(push())
                    .post("/api/v1/observations")
                    .then()
                    .statusCode(200);
        }
    }
}
