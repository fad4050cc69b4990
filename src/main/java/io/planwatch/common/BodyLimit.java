package io.planwatch.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused from its Content-Length, before a
 * byte of it is read, as the same 413 problem the API gives for a batch of too many rows. Quarkus's own check, which
 * runs next, answers with an empty 413; it still guards bodies sent without a length (chunked).
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus's own body-size check, which is installed at order −2. */
    private static final int ORDER = -3;

    private final long limit;
    private final ObjectMapper json;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared <= limit) {
            rc.next();
            return;
        }
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title(), type.status(), "the request body is " + declared + " bytes; at most "
                + limit + " (" + mebibytes(limit) + ") are accepted: split the push into smaller batches", rc.request().path(),
                List.of(), Map.of());
        try {
            rc.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    // the unread body stays on the connection: close it rather than read 32 MB and more to reuse it
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
