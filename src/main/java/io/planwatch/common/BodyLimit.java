package io.planwatch.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused from its Content-Length, before a
 * byte of it is used, as the same 413 problem the API gives for a batch of too many rows. (Quarkus's own check
 * resets the connection, so a client still uploading never reads why.) It still guards bodies sent without a
 * length (chunked).
 */
@ApplicationScoped
public class BodyLimit {

    /** Before Quarkus's own body-size check, which is installed at order −2. */
    private static final int ORDER = -3;
    /**
     * How long an HTTP/1.1 client may go on uploading after the answer before the connection is closed: long enough
     * for it to finish writing what is in flight and read the 413, bounded so a declared terabyte is not read.
     */
    private static final long DRAIN_MILLIS = 2_000;

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
        String path = rc.request().path();
        String advice = path.startsWith("/api/v1/observations") ? ": split the push into smaller batches" : "";
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                "the request body is " + declared + " bytes; at most " + limit + " (" + mebibytes(limit)
                        + ") are accepted" + advice,
                path,
                List.of(),
                Map.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            rc.fail(e);
            return;
        }
        HttpServerResponse response =
                rc.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (rc.request().version() == HttpVersion.HTTP_2) {
            // HTTP/2 forbids Connection headers; a reset after the answer tells the client to stop sending (RFC 9113
            // 8.1)
            response.end(body).onComplete(done -> response.reset(0));
            return;
        }
        HttpConnection connection = rc.request().connection();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.end(body).onComplete(done -> rc.vertx().setTimer(DRAIN_MILLIS, t -> connection.close()));
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
