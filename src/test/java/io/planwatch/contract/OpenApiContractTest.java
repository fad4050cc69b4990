package io.planwatch.contract;

import static io.planwatch.testing.Api.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The committed contract (openapi/openapi.yaml) is what integrators read: it must equal what the service serves, and
 * every served operation must be documented (summary, description, an example, problem+json errors).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final Path SERVED_COPY =
            Path.of(System.getProperty("planwatch.build.dir", "target"), "openapi-served.yaml");

    @Test
    void servedDocumentEqualsTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(SERVED_COPY.getParent());
        Files.writeString(SERVED_COPY, served, StandardCharsets.UTF_8);
        assertTrue(
                Files.exists(COMMITTED),
                "openapi/openapi.yaml is missing; copy " + SERVED_COPY + " there and review it");
        Object committed = new Yaml().load(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        List<String> differences = new ArrayList<>();
        diff("", committed, new Yaml().load(served), differences);
        assertTrue(
                differences.isEmpty(),
                "the served contract differs from openapi/openapi.yaml at "
                        + String.join(", ", differences.subList(0, Math.min(20, differences.size())))
                        + (differences.size() > 20 ? " and " + (differences.size() - 20) + " more places" : "")
                        + ": review " + SERVED_COPY + " and commit it as openapi/openapi.yaml together with the code");
    }

    /** Collects the paths (e.g. /paths/~1api~1v1~1plans/get/summary) where the two parsed documents differ. */
    private static void diff(String path, Object committed, Object served, List<String> differences) {
        if (committed instanceof Map<?, ?> a && served instanceof Map<?, ?> b) {
            var keys = new java.util.TreeSet<String>();
            a.keySet().forEach(k -> keys.add(String.valueOf(k)));
            b.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                diff(path + "/" + key.replace("/", "~1"), a.get(key), b.get(key), differences);
            }
        } else if (committed instanceof List<?> a && served instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(path + "/" + i, a.get(i), b.get(i), differences);
            }
        } else if (!java.util.Objects.equals(committed, served)) {
            differences.add(path + (committed == null ? " (only served)" : served == null ? " (only committed)" : ""));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasSummaryDescriptionExampleAndProblemErrors() {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Map<String, Object> doc = new Yaml().load(served);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> raw)
                        || !List.of("get", "post", "put", "delete", "patch").contains(entry.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> op = (Map<String, Object>) raw;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                for (String field : List.of("operationId", "summary", "description")) {
                    if (!(op.get(field) instanceof String s) || s.isBlank()) {
                        problems.add(name + " has no " + field);
                    }
                }
                problems.addAll(missingExamples(name, op));
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                for (var response : responses.entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        Object ref = response.getValue().get("$ref");
                        if (!(ref instanceof String r) || !r.startsWith("#/components/responses/Problem")) {
                            problems.add(name + " documents " + response.getKey() + " without problem+json");
                        }
                    }
                }
                if (!responses.containsKey("500")) {
                    problems.add(name + " does not document 500");
                }
            }
        }
        assertTrue(operations > 30, "only " + operations + " operations served");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(
                !served.contains("format: double") && !served.contains("format: float"),
                "a number is served as binary floating point");
    }

    /** Every JSON request body and every 2xx JSON response must carry an example an integrator can copy. */
    @SuppressWarnings("unchecked")
    private static List<String> missingExamples(String name, Map<String, Object> op) {
        List<String> missing = new ArrayList<>();
        if (op.get("requestBody") instanceof Map<?, ?> body && !hasJsonExample((Map<String, Object>) body)) {
            missing.add(name + " has no request example");
        }
        Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
        for (var response : responses.entrySet()) {
            if (response.getKey().startsWith("2")
                    && response.getValue().get("content") != null
                    && !hasJsonExample(response.getValue())) {
                missing.add(name + " has no example for its " + response.getKey() + " response");
            }
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private static boolean hasJsonExample(Map<String, Object> withContent) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) withContent.get("content");
        return content != null
                && content.values().stream()
                        .anyMatch(media -> media.containsKey("example") || media.containsKey("examples"));
    }
}
