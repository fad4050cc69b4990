package io.planwatch.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before any resource sees it, a request the API could only answer badly or after harm was done: a
 * request target too long or with a broken %-escape (Vert.x would answer a bare 400), a body framed two ways
 * (Content-Length with Transfer-Encoding, a request-smuggling vector), a Content-Type that is not a media type, a
 * write whose Accept excludes JSON (answered 406 before anything is written, not after), and a body trickling in
 * slower than {@link RequestLimits#minBodyBytesPer10s()} (answered 408 and closed, freeing the worker thread it holds),
 * and a browser's request from an origin the CORS settings do not list (403).
 * Each answer is the API's problem+json.
 */
@ApplicationScoped
public class RequestGuard {

    /** Before the body-size check (−3) and Quarkus's own handlers. */
    private static final int ORDER = -4;

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[\\w.+!#$&^-]+/[\\w.+!#$&^*-]+\\s*(;.*)?", Pattern.DOTALL);

    private final RequestLimits limits;
    private final ObjectMapper json;

    private final List<String> corsOrigins;

    public RequestGuard(
            RequestLimits limits,
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins) {
        this.limits = limits;
        this.json = json;
        this.corsOrigins = corsOrigins.orElse(List.of());
    }

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(this::origin); // ahead of Quarkus's CORS filter, which refuses bare
        router.route().order(ORDER).handler(this::check);
    }

    /**
     * A browser request from an origin the API does not serve (quarkus.http.cors.origins; none but the API's own
     * unless listed) is the 403 problem Quarkus's CORS filter would answer with an empty body.
     */
    private void origin(RoutingContext rc) {
        String origin = rc.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null || allowedOrigin(origin, rc.request().getHeader(HttpHeaders.HOST))) {
            rc.next();
            return;
        }
        answer(
                rc,
                ProblemType.FORBIDDEN,
                "requests from the origin '" + quote(origin) + "' are not served: a dashboard on another origin"
                        + " is listed in the service's CORS origins (QUARKUS_HTTP_CORS_ORIGINS)",
                false);
    }

    private boolean allowedOrigin(String origin, String host) {
        if (host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host))) {
            return true;
        }
        for (String allowed : corsOrigins) {
            String a = allowed.strip();
            if (a.equals("*")
                    || a.equalsIgnoreCase(origin)
                    || (a.length() > 2
                            && a.startsWith("/")
                            && a.endsWith("/")
                            && Pattern.matches(a.substring(1, a.length() - 1), origin))) {
                return true;
            }
        }
        return false;
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String uri = request.uri();
        if (uri.length() > limits.uriLength()) {
            answer(
                    rc,
                    ProblemType.URI_TOO_LONG,
                    "the request target has " + uri.length() + " characters; at most " + limits.uriLength()
                            + " are read: send long filters in fewer parameters",
                    true);
            return;
        }
        if (!request.path().startsWith("/api/")) {
            rc.next();
            return;
        }
        if (!wellEscaped(uri)) {
            answer(
                    rc,
                    ProblemType.VALIDATION_FAILED,
                    "the request target has a malformed %-escape: every % is followed by two hex digits"
                            + " (write % itself as %25)",
                    false);
            return;
        }
        boolean hasLength = request.headers().contains(HttpHeaders.CONTENT_LENGTH);
        if (hasLength && request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            answer(
                    rc,
                    ProblemType.VALIDATION_FAILED,
                    "the request has both Content-Length and Transfer-Encoding; send one of them",
                    true);
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !MEDIA_TYPE.matcher(contentType.strip()).matches()) {
            answer(
                    rc,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type '" + quote(contentType) + "' is not a media type;"
                            + " send application/json (text/csv or text/plain where the operation says so)",
                    false);
            return;
        }
        if (WRITES.contains(request.method()) && !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            answer(
                    rc,
                    ProblemType.NOT_ACCEPTABLE,
                    "this operation answers application/json (errors application/problem+json), which" + " Accept '"
                            + quote(request.getHeader(HttpHeaders.ACCEPT)) + "' excludes; nothing was done",
                    false);
            return;
        }
        long declared = declaredLength(request);
        if (declared != 0 && !request.isEnded()) {
            watchBody(rc, declared);
        }
        rc.next();
    }

    /** Every WINDOW the body must have grown by the minimum; otherwise the request is answered 408 and closed. */
    private void watchBody(RoutingContext rc, long declared) {
        HttpServerRequest request = rc.request();
        long[] last = {0};
        long timer = rc.vertx().setPeriodic(limits.bodyWindowMillis(), id -> {
            if (request.isEnded()
                    || rc.response().ended()
                    || rc.response().closed()
                    || (declared > 0 && request.bytesRead() >= declared)) {
                rc.vertx().cancelTimer(id);
                return;
            }
            long read = request.bytesRead();
            if (read - last[0] < limits.minBodyBytesPer10s() * limits.bodyWindowMillis() / 10_000) {
                rc.vertx().cancelTimer(id);
                answer(
                        rc,
                        ProblemType.REQUEST_TIMEOUT,
                        "the request body arrived slower than " + limits.minBodyBytesPer10s() + " bytes in 10 s ("
                                + read + " bytes so far); the connection is closed",
                        true);
                return;
            }
            last[0] = read;
        });
        rc.addEndHandler(done -> rc.vertx().cancelTimer(timer));
    }

    /** The declared body length; −1 for a chunked body, 0 for none. */
    private static long declaredLength(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return -1;
        }
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].strip().toLowerCase();
            if (type.equals("*/*")
                    || type.equals("application/*")
                    || type.equals("application/json")
                    || type.equals("application/problem+json")
                    || type.endsWith("+json")) {
                return !range.replace(" ", "").contains(";q=0")
                        || range.replace(" ", "").matches(".*;q=0\\.0*[1-9].*");
            }
        }
        return false;
    }

    static boolean wellEscaped(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (i + 2 >= uri.length()
                    || Character.digit(uri.charAt(i + 1), 16) < 0
                    || Character.digit(uri.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void answer(RoutingContext rc, ProblemType type, String detail, boolean close) {
        if (rc.response().ended() || rc.response().headWritten()) {
            rc.request().connection().close();
            return;
        }
        String path = rc.request().path();
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                type.status(),
                detail,
                path == null ? null : quote(path),
                List.of(),
                Map.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            rc.fail(e);
            return;
        }
        var response =
                rc.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.end(body).onComplete(done -> rc.request().connection().close());
        } else {
            response.end(body);
        }
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
