package io.planwatch.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * OPTIONS on an /api path answers the methods the contract serves at that path. Quarkus REST's own answer lists
 * every method of the resource class, PUT and DELETE on a collection among them, which then answer 405. The
 * served contract is read once, from this server, on the first OPTIONS; a CORS preflight is left to the CORS filter.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private record Path(Pattern pattern, int literals, Set<String> methods) {}

    private final ObjectMapper json;
    private volatile Future<List<Path>> paths;

    public AllowedMethods(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-5).method(HttpMethod.OPTIONS).pathRegex("/api/.*").handler(this::options);
    }

    private void options(RoutingContext rc) {
        if (rc.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            rc.next();
            return;
        }
        contract(rc).onComplete(done -> {
            String path = rc.request().path();
            Path served = done.succeeded()
                    ? done.result().stream()
                            .filter(p -> p.pattern().matcher(path).matches())
                            .max(Comparator.comparingInt(Path::literals))
                            .orElse(null)
                    : null;
            if (served == null) {
                rc.next();
                return;
            }
            Set<String> allow = new TreeSet<>(served.methods());
            allow.add("OPTIONS");
            if (allow.contains("GET")) {
                allow.add("HEAD");
            }
            HttpServerResponse response =
                    rc.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, String.join(", ", allow));
            response.end();
        });
    }

    private Future<List<Path>> contract(RoutingContext rc) {
        Future<List<Path>> known = paths;
        if (known != null && !known.failed()) {
            return known;
        }
        var local = rc.request().localAddress();
        var client = rc.vertx().createHttpClient();
        Future<List<Path>> loading = client.request(
                        HttpMethod.GET, local.port(), local.host(), "/q/openapi?format=json")
                .compose(request -> request.send().compose(answer -> answer.body()))
                .map(body -> parse(body.toString()))
                .eventually(() -> client.close());
        paths = loading;
        return loading;
    }

    private List<Path> parse(String document) {
        List<Path> result = new ArrayList<>();
        try {
            JsonNode doc = json.readTree(document);
            doc.path("paths").properties().forEach(entry -> {
                Set<String> methods = new TreeSet<>();
                entry.getValue().fieldNames().forEachRemaining(m -> {
                    if (METHODS.contains(m)) {
                        methods.add(m.toUpperCase());
                    }
                });
                String template = entry.getKey();
                String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
                result.add(new Path(
                        Pattern.compile(regex),
                        template.replaceAll("\\{[^}/]+}", "").length(),
                        methods));
            });
        } catch (Exception e) {
            throw new IllegalStateException("the served contract cannot be read", e);
        }
        return result;
    }
}
