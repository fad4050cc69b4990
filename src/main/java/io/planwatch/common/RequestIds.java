package io.planwatch.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it sends a sensible one (a gateway's), else a
 * new one. It is in the MDC for every log line of the request ({@code %X{requestId}}, and a field of every JSON
 * line), answered in the {@code X-Request-Id} header and in the body of every 5xx problem.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Before everything else, the body-size check included, so that its answer carries the id too. */
    private static final int ORDER = -4;

    private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    private void assign(RoutingContext rc) {
        String sent = rc.request().getHeader(HEADER);
        String id = sent != null && SENSIBLE.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id); // Quarkus keeps the MDC in the request's Vert.x context, also on the worker thread
        rc.response().putHeader(HEADER, id);
        rc.next();
    }

    /** The id of the request being answered; null outside one. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
