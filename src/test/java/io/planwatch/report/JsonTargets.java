package io.planwatch.report;

import io.planwatch.evaluation.engine.Status;
import io.planwatch.testing.Api;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** The plan's evaluation as JSON: what the report must show, read from the evaluation endpoint itself. */
record JsonTargets(JsonPath json) {

    static JsonTargets of(String plan, int asOf) {
        return new JsonTargets(Api.json()
                .get("/api/v1/plans/" + plan + "/evaluation?asOf=" + asOf)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());
    }

    int domains() {
        return json.getList("domains").size();
    }

    List<String> domainSheetNames() {
        List<Map<String, Object>> domains = json.getList("domains");
        return domains.stream().map(d -> d.get("order") + " " + d.get("name")).toList();
    }

    long id(String indicator, String kind) {
        return json.getLong("targets.find { it.indicator == '" + indicator + "' && it.kind == '" + kind + "' }.id");
    }

    String statusWord(String indicator, String kind) {
        return Status.valueOf(json.getString(
                        "targets.find { it.indicator == '" + indicator + "' && it.kind == '" + kind + "' }.status"))
                .chinese();
    }

    private Map<String, Object> target(long id) {
        return json.getMap("targets.find { it.id == " + id + " }");
    }

    int latestYear(long id) {
        return ((Number) ((Map<?, ?>) target(id).get("latest")).get("year")).intValue();
    }

    int values(long id) {
        return ((List<?>) target(id).get("values")).size();
    }

    boolean hasValue(long id) {
        return target(id).get("value") != null;
    }

    int charted() {
        List<Map<String, Object>> targets = json.getList("targets");
        return (int) targets.stream()
                .filter(t -> !"QUALITATIVE".equals(t.get("kind"))
                        && t.get("values") != null
                        && !((List<?>) t.get("values")).isEmpty())
                .count();
    }

    List<Long> alerted() {
        List<Map<String, Object>> targets = json.getList("targets");
        return targets.stream()
                .filter(t -> ((List<?>) t.get("warnings"))
                        .stream().anyMatch(w -> !"STALE".equals(((Map<?, ?>) w).get("code"))))
                .map(t -> ((Number) t.get("id")).longValue())
                .toList();
    }
}
