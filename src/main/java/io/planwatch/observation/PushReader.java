package io.planwatch.observation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.PlainText;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.common.RequestLimits;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a JSON push from the body as it arrives, so that what the service holds is bounded by what it accepts, not
 * by what was sent: rows are counted while read and the push is refused at the first row over the batch limit;
 * every string is kept to a little more than the longest its field accepts (the validator then reports it too
 * long, quoting its start); a row keeps at most a few more fields than a row has, and a cell nested deeper than a
 * disaggregation is replaced by an empty one of its kind. 32 MiB of {@code {}} is thus 10,001 small objects and a
 * 413, not eleven million.
 */
@ApplicationScoped
public class PushReader {

    /** A row has eight fields; a few more are kept so that the validator can name the unknown ones. */
    private static final int FIELDS_KEPT = 16;
    /** Elements kept of an array or object found inside a cell: enough to quote it as what it is. */
    private static final int CHILDREN_KEPT = 8;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonFactory factory;
    private final int maxRows;

    public PushReader(
            ObjectMapper json,
            RequestLimits limits,
            @ConfigProperty(name = "planwatch.observations.max-batch-rows") int maxRows) {
        // the body size bounds a push, not the document length of other bodies; nesting stays bounded
        this.factory = json.getFactory()
                .copy()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.jsonDepth())
                        .maxDocumentLength(-1)
                        .maxStringLength(Integer.MAX_VALUE)
                        .build());
        this.maxRows = maxRows;
    }

    public PushRequest read(InputStream body) throws IOException {
        try (JsonParser p = factory.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ProblemException(
                        ProblemType.MALFORMED_JSON,
                        "the request body is empty; send {\"source\": …, \"observations\": [...]}");
            }
            if (first != JsonToken.START_OBJECT) {
                throw shape(
                        "the body is " + kind(first) + "; expected an object {\"source\": …, \"observations\": [...]}");
            }
            String source = null;
            String department = null;
            List<JsonNode> rows = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "source" -> source = topText(p, value, "source", RequestLimits.SOURCE_LENGTH);
                    case "department" -> department = topText(p, value, "department", RequestLimits.CODE_LENGTH);
                    case "observations" -> rows = rows(p, value);
                    default ->
                        throw new ProblemException(
                                ProblemType.MALFORMED_JSON,
                                "unknown field '" + quote(name) + "'; a push has source, department and observations",
                                List.of(FieldError.of(
                                        quote(name),
                                        FieldErrorCode.UNKNOWN_FIELD,
                                        "a push has source, department and observations")));
                }
            }
            if (p.nextToken() != null) {
                throw shape("the body goes on after the push object ends; send one object");
            }
            return new PushRequest(source, department, rows);
        }
    }

    private List<JsonNode> rows(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            throw new ProblemException(
                    ProblemType.MALFORMED_JSON,
                    "observations must be an array of rows; got " + kind(value),
                    List.of(FieldError.of("observations", FieldErrorCode.INVALID_TYPE, "expected an array of rows")));
        }
        List<JsonNode> rows = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (rows.size() == maxRows) {
                throw new ProblemException(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "the batch has more than " + maxRows + " rows; at most " + maxRows
                                + " are accepted in one push: split it into batches");
            }
            rows.add(t == JsonToken.START_OBJECT ? row(p) : cell(p, t, RequestLimits.CODE_LENGTH, true));
        }
        return rows;
    }

    /** One row: its fields, each string kept to a little more than its field accepts. */
    private static ObjectNode row(JsonParser p) throws IOException {
        ObjectNode row = NODES.objectNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (row.size() >= FIELDS_KEPT) {
                p.skipChildren();
                continue;
            }
            int keep = "note".equals(name) ? RequestLimits.NOTE_LENGTH : RequestLimits.CODE_LENGTH;
            row.set(quote(name), cell(p, value, keep, true));
        }
        return row;
    }

    /** A cell; an object inside it (a disaggregation) is read one level deep, anything deeper is left empty. */
    private static JsonNode cell(JsonParser p, JsonToken t, int keep, boolean containersRead) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(cut(p.getText(), keep));
            case VALUE_NUMBER_INT -> NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                if (!containersRead) {
                    p.skipChildren();
                    yield object;
                }
                for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (object.size() < CHILDREN_KEPT) {
                        object.set(quote(name), cell(p, v, RequestLimits.CODE_LENGTH, false));
                    } else {
                        p.skipChildren();
                    }
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                if (!containersRead) {
                    p.skipChildren();
                    yield array;
                }
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (array.size() < CHILDREN_KEPT) {
                        array.add(cell(p, e, RequestLimits.CODE_LENGTH, false));
                    } else {
                        p.skipChildren();
                    }
                }
                yield array;
            }
            default -> throw shape("unexpected " + t);
        };
    }

    private static String topText(JsonParser p, JsonToken value, String field, int keep) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            p.skipChildren();
            throw new ProblemException(
                    ProblemType.MALFORMED_JSON,
                    field + " must be a string; got " + kind(value),
                    List.of(FieldError.of(field, FieldErrorCode.INVALID_TYPE, field + " must be a string")));
        }
        String text = cut(p.getText(), keep);
        String refusal = PlainText.refusal(text);
        if (refusal != null) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    field + " " + refusal,
                    List.of(FieldError.of(field, FieldErrorCode.INVALID_FORMAT, field + " " + refusal)));
        }
        return text;
    }

    /** One character more than the field accepts is enough for the validator to say it is too long. */
    private static String cut(String text, int keep) {
        return text.length() <= keep + 1 ? text : text.substring(0, keep + 1);
    }

    /** A field name as an error may quote it. */
    private static String quote(String name) {
        return name.length() <= RequestLimits.QUOTED_CHARS ? name : name.substring(0, RequestLimits.QUOTED_CHARS) + "…";
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "not a JSON value";
        };
    }

    private static ProblemException shape(String detail) {
        return new ProblemException(ProblemType.MALFORMED_JSON, detail);
    }
}
