package io.planwatch.plandraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The sample plan of seed 000 is read from its text and adopted like the others; the hand-checked transcription of the
 * same plan (src/test/resources/plandraft/000-luzhai-children-transcribed.json) is the oracle it must equal, target
 * by target: kind, value, unit, strict, maintain, scope, indicator, line (and domain, goal, target year, change, gap).
 */
@QuarkusTest
class SampleTranscriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theAdoptedTextEqualsTheHandCheckedTranscription() throws IOException {
        JsonNode oracle = oracle().path("plan");
        Map<String, String> units = new HashMap<>();
        for (JsonNode i : get("/api/v1/indicators?limit=1000").path("items")) {
            units.put(i.path("code").asText(), i.path("unit").asText());
        }
        Map<String, Integer> expected = new TreeMap<>();
        oracle.path("targets")
                .forEach(t -> expected.merge(key(t, t.path("sourceLine").asInt(), units), 1, Integer::sum));
        Map<String, Integer> adopted = new TreeMap<>();
        get("/api/v1/plans/luzhai-children/targets?limit=1000")
                .path("items")
                .forEach(t -> adopted.merge(key(t, t.path("sourceLine").asInt(), units), 1, Integer::sum));

        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        expected.forEach((k, n) -> {
            for (int i = adopted.getOrDefault(k, 0); i < n; i++) {
                missing.add(k);
            }
        });
        adopted.forEach((k, n) -> {
            for (int i = expected.getOrDefault(k, 0); i < n; i++) {
                extra.add(k);
            }
        });
        assertTrue(
                missing.isEmpty() && extra.isEmpty(),
                "transcribed but not adopted: " + missing + "\nadopted but not transcribed: " + extra);
        assertEquals(112, oracle.path("targets").size());
    }

    @Test
    void theAdoptedOutlineHasTheTranscribedDomainsAndGoals() throws IOException {
        JsonNode oracle = oracle().path("plan");
        JsonNode domains = get("/api/v1/plans/luzhai-children/domains");
        assertEquals(oracle.path("domains").size(), domains.path("items").size());
        for (int d = 0; d < oracle.path("domains").size(); d++) {
            JsonNode want = oracle.path("domains").get(d);
            JsonNode got = domains.path("items").get(d);
            assertEquals(want.path("name").asText(), got.path("name").asText());
            List<Integer> wantGoals = new ArrayList<>();
            want.path("goals").forEach(g -> wantGoals.add(g.path("number").asInt()));
            List<Integer> gotGoals = new ArrayList<>();
            got.path("goals").forEach(g -> gotGoals.add(g.path("number").asInt()));
            assertEquals(wantGoals, gotGoals, want.path("name").asText());
        }
    }

    /** What the two must agree on; the value is compared as a number (3.0 is 3). */
    private static String key(JsonNode t, int line, Map<String, String> units) {
        String indicator = t.path("indicator").isTextual() ? t.path("indicator").asText() : "-";
        JsonNode scope = t.path("scope");
        return "line " + line + " " + t.path("domain").asInt() + "/"
                + (t.path("goal").isNumber() ? t.path("goal").asInt() : "-")
                + " " + t.path("kind").asText() + " " + number(t.path("value")) + " "
                + units.getOrDefault(indicator, "-")
                + (t.path("strict").asBoolean() ? " strict" : "")
                + (t.path("maintain").asBoolean() ? " maintain" : "")
                + " " + scope.path("type").asText()
                + (scope.path("level").isTextual() ? ":" + scope.path("level").asText() : "")
                + " " + indicator + " " + t.path("targetYear").asInt() + " change " + number(t.path("changePct"))
                + " gap " + (t.path("gap").isObject() ? t.path("gap").toString() : "-");
    }

    private static String number(JsonNode n) {
        return n.isNumber() || n.isTextual()
                ? new BigDecimal(n.asText()).stripTrailingZeros().toPlainString()
                : "-";
    }

    private static JsonNode get(String path) throws IOException {
        return JSON.readTree(
                Api.given().get(path).then().statusCode(200).extract().asString());
    }

    private static JsonNode oracle() throws IOException {
        try (InputStream in =
                SampleTranscriptionTest.class.getResourceAsStream("/plandraft/000-luzhai-children-transcribed.json")) {
            return JSON.readTree(in);
        }
    }
}
