package io.planwatch.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planwatch.observation.ObservationPushTestAccess;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** Every 503 tells the client when to try again, the one after a push undone by deadlocks too. */
class RetryAfterTest {

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> method.getName().equals("getPath") ? "/api/v1/observations" : null);

    @Test
    void theProblemOfAPushUndoneByConcurrentOnesCarriesRetryAfter() {
        var response = new ProblemMappers(null).problem(ObservationPushTestAccess.undone(), URI);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
    }

    @Test
    void aLockConflictMappedFromTheDatabaseCarriesRetryAfter() {
        var response = ProblemMappers.respond(
                ProblemType.SERVICE_UNAVAILABLE, "undone", java.util.List.of(), java.util.Map.of(), URI);
        assertEquals(Problem.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
    }
}
