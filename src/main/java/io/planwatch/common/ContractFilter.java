package io.planwatch.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the served contract in one place instead of on every resource method: each operation gets its
 * problem+json error responses and the request/response example kept in {@code openapi-examples/<operationId>.json}
 * ({"parameters": {name: …}, "request": …, "response": …}); and every JSON number is marked {@code format: decimal}, since all of them are
 * BigDecimal here and integrators must not read them into binary floating point.
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> ERRORS = new TreeMap<>(
            Map.ofEntries(
                    Map.entry("400", "Invalid request: validation-failed or malformed-json, with the offending fields"),
                    Map.entry(
                            "401",
                            "unauthorized: no bearer token, or one that is expired, of another issuer or not signed by the identity provider"
                                    + " (with WWW-Authenticate: Bearer)"),
                    Map.entry(
                            "403",
                            "forbidden: the token's roles do not include one this operation needs (named in requiredRoles)"),
                    Map.entry("404", "not-found: the resource or one it names does not exist"),
                    Map.entry("409", "conflict, already-exists or in-use"),
                    Map.entry("412", "precondition-failed: If-Match names an older version"),
                    Map.entry(
                            "413",
                            "payload-too-large: a body over quarkus.http.limits.max-body-size (32 MiB), more rows than one push"
                                    + " accepts, or a plan text over its size limit"),
                    Map.entry(
                            "406",
                            "not-acceptable: the Accept header names none of the media types the operation answers in"),
                    Map.entry("415", "unsupported-media-type: the body is not in the media type the operation reads"),
                    Map.entry(
                            "422",
                            "import-rejected (atomic push with invalid rows; nothing written), unprocessable, or idempotency-key-reused"
                                    + " (the key was used for a different body)"),
                    Map.entry(
                            "429",
                            "too-many-requests: the caller's limit for this operation per minute is used up (planwatch.rate-limits,"
                                    + " per role); Retry-After gives the seconds to wait"),
                    Map.entry("500", "internal-error"),
                    Map.entry(
                            "503",
                            "service-unavailable, with Retry-After: the write met a concurrent one on the same rows and was undone, no database"
                                    + " connection came free in time, or the database is unreachable; nothing was written: send it again")));

    /**
     * SmallRye names {@code Page<ObservationDto>} "PageObservationDto" and {@code Items<GoalDto>} "ItemsGoalDto";
     * integrators' generated clients should read "ObservationPage" and "GoalList". Every DTO is named in the
     * contract after its class without "Dto", so the rename goes by name.
     */
    private static final Pattern ENVELOPE_SCHEMA = Pattern.compile("(Page|Items)(\\w+)Dto");

    /** The engine's enums carry no annotations (it is framework-free): their schemas are named here. */
    private static final Map<String, String> ENGINE_ENUMS = Map.of("Status", "TargetStatus", "Rule", "StatusRule");

    private static final String SCHEMAS = "#/components/schemas/";

    /** The parameters every collection shares, described once; {0} is the resource the path segment before names. */
    private static final Map<String, String> SHARED_PARAMETERS = Map.of(
            "limit", "Page size, 1–" + Paging.MAX_LIMIT + "; default " + Paging.DEFAULT_LIMIT,
            "cursor", "The nextCursor of the previous page; omit for the first page",
            "If-Match",
                    "Optional: the ETag of the version you read; when the resource has changed since, the write is refused with"
                            + " 412. Without it the write applies to the current version",
            "If-None-Match",
                    "Optional: the ETag of an earlier answer; while the data behind it is unchanged the answer is 304 without"
                            + " a body",
            "plan", "Code of the plan",
            "code", "Code of the {0}",
            "id", "Id of the {0}",
            "order", "Order of the domain within the plan",
            "number", "Number of the main goal within its domain");

    /** Each error response shows a problem of its own kind, not the validation one of the Problem schema. */
    private static final Map<String, Map<String, Object>> ERROR_EXAMPLES = Map.ofEntries(
            Map.entry(
                    "400",
                    example(
                            ProblemType.VALIDATION_FAILED,
                            "limit must be between 1 and " + Paging.MAX_LIMIT + ", was 0",
                            "/api/v1/observations",
                            Map.of(
                                    "errors",
                                    List.of(Map.of(
                                            "field",
                                            "limit",
                                            "code",
                                            "OUT_OF_RANGE",
                                            "message",
                                            "limit must be between 1 and " + Paging.MAX_LIMIT + ", was 0"))))),
            Map.entry(
                    "401",
                    example(
                            ProblemType.UNAUTHORIZED,
                            "this operation needs a bearer token: send Authorization: Bearer <JWT> from the identity provider",
                            "/api/v1/plans/luzhai-children/evaluation",
                            Map.of())),
            Map.entry(
                    "403",
                    example(
                            ProblemType.FORBIDDEN,
                            "createIndicator needs the role admin; the token has reader",
                            "/api/v1/indicators",
                            Map.of("requiredRoles", List.of("admin")))),
            Map.entry(
                    "404",
                    example(
                            ProblemType.NOT_FOUND,
                            "plan 'luzhai-childern' does not exist",
                            "/api/v1/plans/luzhai-childern",
                            Map.of())),
            Map.entry(
                    "409",
                    example(
                            ProblemType.ALREADY_EXISTS,
                            "indicator 'CH-HEALTH-IMR' already exists",
                            "/api/v1/indicators",
                            Map.of())),
            Map.entry(
                    "412",
                    example(
                            ProblemType.PRECONDITION_FAILED,
                            "If-Match names version 3 but the resource is at version 4;"
                                    + " read it again and reapply your change",
                            "/api/v1/plans/luzhai-children",
                            Map.of())),
            Map.entry(
                    "413",
                    example(
                            ProblemType.PAYLOAD_TOO_LARGE,
                            "the batch has 12000 rows; at most 10000 are accepted in one push:"
                                    + " split it into batches",
                            "/api/v1/observations",
                            Map.of())),
            Map.entry(
                    "415",
                    example(
                            ProblemType.UNSUPPORTED_MEDIA_TYPE,
                            "send the body as application/json",
                            "/api/v1/plans",
                            Map.of())),
            Map.entry(
                    "422",
                    example(
                            ProblemType.IMPORT_REJECTED,
                            "1 of 3000 rows are invalid and atomic=true: nothing was written",
                            "/api/v1/observations",
                            Map.of(
                                    "received",
                                    3000,
                                    "rejected",
                                    1,
                                    "errors",
                                    List.of(Map.of(
                                            "index",
                                            17,
                                            "field",
                                            "indicator",
                                            "code",
                                            "UNKNOWN_REFERENCE",
                                            "message",
                                            "indicator 'CH-NO-SUCH' does not exist"))))),
            Map.entry(
                    "429",
                    example(
                            ProblemType.TOO_MANY_REQUESTS,
                            "pushObservations is limited to 60 calls a minute for this token's role;"
                                    + " retry in 12 s",
                            "/api/v1/observations",
                            Map.of("retryAfterSeconds", 12))),
            Map.entry(
                    "500",
                    example(
                            ProblemType.INTERNAL_ERROR,
                            "an unexpected error occurred; it has been logged",
                            "/api/v1/plans/luzhai-children/evaluation",
                            Map.of("requestId", "5f0c6a1e-3b1d-4c52-9a57-2d0e8c1b7f44"))),
            Map.entry(
                    "503",
                    example(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "the request met a concurrent one on the same rows and was undone;" + " send it again",
                            "/api/v1/observations",
                            Map.of("requestId", "9b2e4f70-8c1a-4d3e-b5a6-0f1e2d3c4b5a"))));

    /** The members the service may add to a problem beyond RFC 9457's, so that a client can type them. */
    private static final Map<String, Schema> PROBLEM_MEMBERS = Map.of(
            "received",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.INTEGER)
                            .format("int32")
                            .description("import-rejected: the rows the push carried"),
            "rejected",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.INTEGER)
                            .format("int64")
                            .description("import-rejected: the rows with at least one error"),
            "errorsOmitted",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.INTEGER)
                            .format("int32")
                            .description(
                                    "import-rejected: errors beyond the first " + 1000 + ", counted but not listed"),
            "requiredRoles",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema()
                                    .addType(Schema.SchemaType.STRING)
                                    .enumeration(java.util.Arrays.stream(io.planwatch.security.Role.values())
                                            .map(r -> (Object) r.claim())
                                            .toList()))
                            .description("forbidden: the roles any one of which the operation needs"),
            "retryAfterSeconds",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.INTEGER)
                            .format("int64")
                            .description(
                                    "too-many-requests: the seconds until the next call is allowed, as in Retry-After"),
            "requestId",
                    OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)
                            .description(
                                    "5xx: the id of the request, as in the X-Request-Id header and every log line of it"));

    private static Map<String, Object> example(
            ProblemType type, String detail, String instance, Map<String, Object> members) {
        Map<String, Object> example = new java.util.LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", detail);
        example.put("instance", instance);
        example.putAll(members);
        return example;
    }

    public static final String BEARER_AUTH = "bearerAuth";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.NUMBER)
                && schema.getFormat() == null) {
            schema.setFormat("decimal");
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            schema.setRef(SCHEMAS + envelopeName(schema.getRef().substring(SCHEMAS.length())));
        }
        return schema;
    }

    private static String envelopeName(String schemaName) {
        Matcher m = ENVELOPE_SCHEMA.matcher(schemaName);
        return !m.matches()
                ? ENGINE_ENUMS.getOrDefault(schemaName, schemaName)
                : m.group(2) + (m.group(1).equals("Page") ? "Page" : "List");
    }

    /** The record an envelope schema (PageObservationDto, ItemsGoalDto) was made from, by its SmallRye name. */
    private static String envelopeRecord(String schemaName) {
        Matcher m = ENVELOPE_SCHEMA.matcher(schemaName);
        return m.matches() ? m.group(1) : schemaName;
    }

    private static void renameEnvelopes(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, Schema> renamed = new TreeMap<>();
        // The raw generic envelopes have no item type and no operation refers to them.
        schemas.forEach((name, schema) -> {
            if (!name.equals("Page") && !name.equals("Items")) {
                renamed.put(envelopeName(name), schema);
            }
        });
        components.setSchemas(renamed);
    }

    /**
     * Every schema only answered (never read from a request) lists the members its record always writes as required
     * ({@link ResponseMembers}), so that a TypeScript client types them as present. Schemas that are request bodies
     * too keep the required members of their validation: a client must be able to leave out what the service fills in.
     */
    private static void requireWrittenMembers(OpenAPI openAPI, Map<String, String> recordOf) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        java.util.Set<String> read = new java.util.TreeSet<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody()
                                .getContent()
                                .getMediaTypes()
                                .values()
                                .forEach(m -> referenced(m.getSchema(), schemas, read));
                    }
                    if (op.getParameters() != null) {
                        op.getParameters().forEach(p -> referenced(p.getSchema(), schemas, read));
                    }
                }));
        Map<String, List<String>> written = ResponseMembers.bySchema();
        schemas.forEach((name, schema) -> {
            List<String> members = written.get(recordOf.getOrDefault(name, name));
            if (read.contains(name) || members == null || schema.getProperties() == null) {
                return;
            }
            List<String> required =
                    new java.util.ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            members.stream()
                    .filter(m -> schema.getProperties().containsKey(m) && !required.contains(m))
                    .forEach(required::add);
            schema.setRequired(required);
        });
    }

    /** Adds the names of the component schemas a schema refers to, transitively. */
    private static void referenced(Schema schema, Map<String, Schema> schemas, java.util.Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (names.add(name)) {
                referenced(schemas.get(name), schemas, names);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> referenced(p, schemas, names));
        }
        referenced(schema.getItems(), schemas, names);
        referenced(schema.getAdditionalPropertiesSchema(), schemas, names);
        for (List<Schema> parts : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(p -> referenced(p, schemas, names));
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, String> recordOf = new TreeMap<>();
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents()
                    .getSchemas()
                    .keySet()
                    .forEach(name -> recordOf.put(envelopeName(name), envelopeRecord(name)));
        }
        renameEnvelopes(openAPI.getComponents());
        describeProblem(openAPI.getComponents().getSchemas().get("Problem"));
        ERRORS.forEach((code, description) -> openAPI.getComponents()
                .addResponse(
                        "Problem" + code,
                        OASFactory.createAPIResponse()
                                .description(description)
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                Problem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("Problem"))
                                                        .example(ERROR_EXAMPLES.get(code))))));
        openAPI.getComponents()
                .setSecuritySchemes(Map.of(
                        BEARER_AUTH,
                        OASFactory.createSecurityScheme()
                                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description(
                                        "A JWT (RS256) of the identity provider the service is configured with (MP_JWT_VERIFY_PUBLICKEY_LOCATION,"
                                                + " MP_JWT_VERIFY_ISSUER). Roles in its groups claim (reporter, plan-owner, reader, admin); the claims"
                                                + " department and jurisdiction (codes) say for whom the caller acts. A caller reaches its jurisdiction"
                                                + " and every one below it; anything else reads as 404.")));
        openAPI.setSecurity(
                java.util.List.of(OASFactory.createSecurityRequirement().addScheme(BEARER_AUTH)));
        if (openAPI.getPaths() == null) {
            return;
        }
        requireWrittenMembers(openAPI, recordOf);
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, op) -> complete(path, method, op)));
    }

    private static void describeProblem(Schema problem) {
        if (problem == null) {
            return;
        }
        PROBLEM_MEMBERS.forEach(problem::addProperty);
        problem.setRequired(List.of("type", "title", "status"));
        // the kinds of problem are a closed set: a client can switch on them
        problem.getProperties()
                .get("type")
                .setEnumeration(java.util.Arrays.stream(ProblemType.values())
                        .map(t -> (Object) t.uri())
                        .distinct()
                        .toList());
    }

    private void complete(String path, PathItem.HttpMethod method, Operation op) {
        describeParameters(path, op);
        describeRoles(op);
        APIResponses responses = op.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET;
        boolean hasBody = op.getRequestBody() != null;
        addError(responses, "400");
        addError(responses, "401");
        addError(responses, "403");
        if (path.contains("{") || writes) {
            addError(responses, "404");
        }
        if (writes) {
            addError(responses, "409");
            addError(responses, "503");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            addError(responses, "412");
        }
        if (hasBody) {
            addError(responses, "413");
            addError(responses, "415");
        }
        if (op.getOperationId() != null
                && (op.getOperationId().startsWith("pushObservations")
                        || op.getOperationId().equals("getDepartmentTemplate"))) {
            addError(responses, "422");
        }
        if (answersOtherThanJson(responses)) {
            addError(responses, "406");
        }
        if (io.planwatch.security.RateLimiter.limits(op.getOperationId())) {
            addError(responses, "429");
        }
        addError(responses, "500");
        attachExamples(op);
    }

    /** Each operation says who may call it, from the one table the service enforces. */
    private static void describeRoles(Operation op) {
        String roles = io.planwatch.security.AccessRules.rolesFor(op.getOperationId())
                .map(set -> set.stream()
                        .map(io.planwatch.security.Role::claim)
                        .collect(java.util.stream.Collectors.joining(", ")))
                .orElse("admin (no rule yet)");
        op.setDescription((op.getDescription() == null ? "" : op.getDescription() + "\n\n") + "Roles: " + roles + ".");
    }

    private static void describeParameters(String path, Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            String text = SHARED_PARAMETERS.get(p.getName());
            if (p.getDescription() == null && text != null) {
                p.setDescription(text.replace("{0}", resourceBefore(path, p.getName())));
            }
        }
    }

    /** "/api/v1/plan-drafts/{id}/adopt", "id" → "plan draft". */
    private static String resourceBefore(String path, String parameter) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + parameter + "}")) {
                String plural = segments[i - 1].replace('-', ' ');
                return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
            }
        }
        return "resource";
    }

    /** The reports and templates answer in HTML or XLSX: asked for anything else, they answer 406. */
    private static boolean answersOtherThanJson(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        return ok != null
                && ok.getContent() != null
                && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().keySet().stream()
                        .anyMatch(m -> m.startsWith("text/html") || m.contains("spreadsheetml"));
    }

    private static void addError(APIResponses responses, String code) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref("Problem" + code));
        }
    }

    private void attachExamples(Operation op) {
        JsonNode examples = read(op.getOperationId());
        if (examples == null) {
            return;
        }
        if (examples.has("parameters") && op.getParameters() != null) {
            op.getParameters().forEach(p -> {
                if (examples.get("parameters").has(p.getName())) {
                    p.setExample(json.convertValue(examples.get("parameters").get(p.getName()), Object.class));
                }
            });
        }
        if (examples.has("request") && op.getRequestBody() != null) {
            setExample(op.getRequestBody().getContent(), examples.get("request"));
        }
        if (examples.has("requestExamples") && op.getRequestBody() != null) {
            // further named request examples, e.g. one per target kind that takes fields of its own
            MediaType media = op.getRequestBody().getContent().getMediaType("application/json");
            examples.get("requestExamples")
                    .properties()
                    .forEach(e -> media.addExample(
                            e.getKey(),
                            OASFactory.createExample()
                                    .summary(e.getValue().path("summary").asText(null))
                                    .value(json.convertValue(e.getValue().get("value"), Object.class))));
        }
        if (examples.has("response")) {
            op.getResponses().getAPIResponses().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2"))
                    .map(Map.Entry::getValue)
                    .filter(r -> r.getContent() != null)
                    .findFirst()
                    .ifPresent(r -> setExample(r.getContent(), examples.get("response")));
        }
    }

    private void setExample(Content content, JsonNode example) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType media = content.getMediaType("application/json");
        if (media != null) {
            media.setExample(json.convertValue(example, Object.class));
        }
    }

    private JsonNode read(String operationId) {
        if (operationId == null) {
            return null;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream("openapi-examples/" + operationId + ".json")) {
            return in == null ? null : json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
