package io.planwatch.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completes the served contract in one place instead of on every resource method: each operation gets its
 * problem+json error responses and the request/response example kept in {@code openapi-examples/<operationId>.json}
 * ({"request": …, "response": …}); and every JSON number is marked {@code format: decimal}, since all of them are
 * BigDecimal here and integrators must not read them into binary floating point.
 */
public class ContractFilter implements OASFilter {

    private static final Map<String, String> ERRORS = new TreeMap<>(Map.of(
            "400", "Invalid request: validation-failed or malformed-json, with the offending fields",
            "404", "not-found: the resource or one it names does not exist",
            "409", "conflict, already-exists, in-use or idempotency-key-reused",
            "412", "precondition-failed: If-Match names an older version",
            "413", "payload-too-large: more rows than one push accepts",
            "415", "unsupported-media-type: send application/json",
            "422", "import-rejected (atomic push with invalid rows; nothing written) or unprocessable",
            "500", "internal-error"));

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NUMBER) && schema.getFormat() == null) {
            schema.setFormat("decimal");
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        ERRORS.forEach((code, description) -> openAPI.getComponents().addResponse("Problem" + code, OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))))));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, op) -> complete(path, method, op)));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET;
        boolean hasBody = op.getRequestBody() != null;
        addError(responses, "400");
        if (path.contains("{") || writes) {
            addError(responses, "404");
        }
        if (writes) {
            addError(responses, "409");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            addError(responses, "412");
        }
        if (hasBody) {
            addError(responses, "415");
        }
        if ("pushObservations".equals(op.getOperationId())) {
            addError(responses, "413");
            addError(responses, "422");
        }
        addError(responses, "500");
        attachExamples(op);
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
        if (examples.has("request") && op.getRequestBody() != null) {
            setExample(op.getRequestBody().getContent(), examples.get("request"));
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
