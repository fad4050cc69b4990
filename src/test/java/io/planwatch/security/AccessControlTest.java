package io.planwatch.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Walks every operation of the served contract: without a token 401; with a token of each role its rule does not
 * grant 403; with a granted role anything but 401/403; and for operations on a plan, a granted role of another
 * county (荔浦市 450381 for 鹿寨县's plan) 404, as if the plan did not exist. A new operation without a row in
 * {@link AccessRules} fails here.
 */
@QuarkusTest
class AccessControlTest {

    private static final String LUZHAI = "450223";
    private static final String LIPU = "450381";
    private static final Map<Role, String> DEPARTMENTS =
            Map.of(Role.REPORTER, "450223-WJ", Role.PLAN_OWNER, "450223-FL", Role.READER, "450223-TJ");

    record Op(String method, String path, String operationId, String mediaType) {
        String name() {
            return method.toUpperCase() + " " + path + " (" + operationId + ")";
        }
    }

    @Test
    void everyServedOperationHasARuleAndEveryRuleAnOperation() {
        Set<String> served =
                new TreeSet<>(operations().stream().map(Op::operationId).toList());
        Set<String> unruled = new TreeSet<>(served);
        unruled.removeAll(AccessRules.all().keySet());
        assertTrue(
                unruled.isEmpty(),
                "operations without a row in AccessRules (only admin may call them until they get one): " + unruled);
        Set<String> stale = new TreeSet<>(AccessRules.all().keySet());
        stale.removeAll(served);
        assertTrue(stale.isEmpty(), "rules for operations the contract does not serve: " + stale);
    }

    @Test
    void everyOperationRefusesNoTokenAndTheRolesItsRuleDoesNotGrant() {
        String plan = Api.newPlan(); // of 鹿寨县; some operations below change or delete it
        List<String> failures = new ArrayList<>();
        for (Op op : operations()) {
            String path = op.path()
                    .replace("{plan}", plan)
                    .replace("{order}", "1")
                    .replace("{number}", "1")
                    .replace("{code}", "NO-SUCH-CODE")
                    .replace("{id}", "1");
            int anonymous = send(Api.anonymous(), op, path).statusCode();
            if (anonymous != 401) {
                failures.add(op.name() + " without a token: " + anonymous);
            }
            Set<Role> allowed = AccessRules.rolesFor(op.operationId()).orElse(Set.of(Role.ADMIN));
            for (Role role : Role.values()) {
                Response r = send(as(role, LUZHAI), op, path);
                if (!allowed.contains(role) && r.statusCode() != 403) {
                    failures.add(op.name() + " as " + role + ": " + r.statusCode() + " instead of 403");
                } else if (!allowed.contains(role)
                        && !r.asString().contains(allowed.iterator().next().claim())) {
                    failures.add(op.name() + " as " + role + ": the 403 does not name the role needed");
                } else if (allowed.contains(role) && (r.statusCode() == 401 || r.statusCode() == 403)) {
                    failures.add(op.name() + " as " + role + ": " + r.statusCode() + " " + r.asString());
                }
                if (allowed.contains(role) && role != Role.ADMIN && op.path().contains("{plan}")) {
                    int elsewhere = send(as(role, LIPU), op, path).statusCode();
                    if (elsewhere != 404) {
                        failures.add(op.name() + " as " + role + " of 荔浦市: " + elsewhere + " instead of 404");
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static RequestSpecification as(Role role, String jurisdiction) {
        return Api.as(role.claim(), role == Role.ADMIN ? "450000" : jurisdiction, DEPARTMENTS.get(role));
    }

    private static Response send(RequestSpecification request, Op op, String path) {
        request = request.accept("*/*"); // reports answer HTML or XLSX: the access answer must not hide behind a 406
        if (op.mediaType() != null) {
            String body = op.mediaType().contains("json")
                    ? "{}"
                    : op.mediaType().contains("csv") ? "indicator,jurisdiction,period,value\n" : "x";
            request = request.contentType(op.mediaType()).body(body);
        }
        return request.request(op.method(), path);
    }

    @SuppressWarnings("unchecked")
    static List<Op> operations() {
        Map<String, Object> doc = new Yaml()
                .load(Api.anonymous()
                        .accept("application/yaml")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        List<Op> ops = new ArrayList<>();
        ((Map<String, Map<String, Object>>) doc.get("paths"))
                .forEach((path, item) -> item.forEach((method, raw) -> {
                    if (raw instanceof Map<?, ?> op
                            && List.of("get", "post", "put", "delete", "patch").contains(method)) {
                        String media = null;
                        if (op.get("requestBody") instanceof Map<?, ?> body
                                && body.get("content") instanceof Map<?, ?> content) {
                            media = content.containsKey("application/json")
                                    ? "application/json"
                                    : (String) content.keySet().iterator().next();
                        }
                        ops.add(new Op(method, path, (String) op.get("operationId"), media));
                    }
                }));
        // deletes last, so that the plan they remove is there for the others
        ops.sort((a, b) ->
                Boolean.compare(a.method().equals("delete"), b.method().equals("delete")));
        return ops;
    }
}
