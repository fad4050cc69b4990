package io.planwatch.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where every error becomes {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final RequestLimits limits;

    public ProblemMappers(RequestLimits limits) {
        this.limits = limits;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        Problem body = body(e.type(), e.getMessage(), e.errors(), e.extensions(), uri);
        var response = RestResponse.ResponseBuilder.<Problem>create(e.type().status())
                .entity(body)
                .type(Problem.MEDIA_TYPE);
        e.headers().forEach(response::header);
        if (e.type() == ProblemType.SERVICE_UNAVAILABLE && !e.headers().containsKey("Retry-After")) {
            response.header("Retry-After", Problem.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.of(fieldOf(v), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION_FAILED, detail, errors, Map.of(), uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StreamConstraintsException limit) {
            return constraint(limit, uri);
        }
        return respond(ProblemType.MALFORMED_JSON, describe(e), jsonErrors(e), Map.of(), uri);
    }

    /** A body past one of the reading limits of {@link JsonSetup}: say which, in the request's terms. */
    private RestResponse<Problem> constraint(StreamConstraintsException e, UriInfo uri) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document length")) {
            return respond(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "the JSON body is too large for this operation; it reads at most " + limits.jsonBodyBytes()
                            + " bytes",
                    List.of(),
                    Map.of(),
                    uri);
        }
        String detail = message.contains("nesting depth")
                ? "the JSON nests arrays and objects deeper than " + limits.jsonDepth()
                        + " levels; the API reads at most a few"
                : message.startsWith("Number")
                        ? "a number in the JSON has too many digits"
                        : message.startsWith("Name")
                                ? "a field name in the JSON is too long"
                                : "a string in the JSON is too long for any field";
        return respond(ProblemType.MALFORMED_JSON, detail, List.of(), Map.of(), uri);
    }

    /**
     * Quarkus REST ships its own mapper for this subclass (unknown enum value, unknown field, wrong type), which would
     * answer plain application/json without our type; being more specific than {@link #json} it has to be named here.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri); // a parameter our converters refused, wrapped as the spec demands
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 400 -> ProblemType.MALFORMED_JSON;
            default -> status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.VALIDATION_FAILED;
        };
        String detail = switch (type) {
            case NOT_FOUND -> Messages.text("common.nothingServed", uri.getPath());
            case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json";
            case NOT_ACCEPTABLE -> "this resource answers application/json";
            default -> e.getMessage();
        };
        return respond(type, detail, List.of(), Map.of(), uri);
    }

    /**
     * Everything else. A concurrent request can make a write fail after its checks passed — a version bumped, a
     * code taken, a reference added, a lock lost — and the transaction manager wraps those; they are conflicts to
     * report, not server errors.
     */
    @ServerExceptionMapper(priority = 10_000)
    public RestResponse<Problem> unexpected(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return respond(
                        ProblemType.PRECONDITION_FAILED,
                        "the resource was changed by another request while yours was applied;"
                                + " read it again and reapply your change",
                        List.of(),
                        Map.of(),
                        uri);
            }
        }
        if (DatabaseErrors.isDuplicateKey(e)) {
            LOG.warnf("a duplicate key on %s answered as already-exists: %s", uri.getPath(), e.getMessage());
            return respond(
                    ProblemType.ALREADY_EXISTS,
                    "another request created the same resource at the same moment; read it",
                    List.of(),
                    Map.of(),
                    uri);
        }
        if (DatabaseErrors.isStillReferenced(e)) {
            return respond(
                    ProblemType.IN_USE,
                    "the resource is still referred to (a reference was added while it was being deleted)",
                    List.of(),
                    Map.of(),
                    uri);
        }
        if (DatabaseErrors.isMissingReference(e)) {
            return respond(
                    ProblemType.CONFLICT,
                    "a resource the request names was deleted while it was applied; nothing was written",
                    List.of(),
                    Map.of(),
                    uri);
        }
        if (DatabaseErrors.isUnavailable(e)) {
            LOG.warnf("the database is unavailable for %s: %s", uri.getPath(), e.getMessage());
            return respond(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "the database cannot be reached or is busy right now; nothing was written."
                            + " Send the request again in a few seconds",
                    List.of(),
                    Map.of(),
                    uri);
        }
        if (DatabaseErrors.isLockConflict(e)) {
            return respond(
                    ProblemType.SERVICE_UNAVAILABLE,
                    "the request met a concurrent one on the same rows and was undone; send it again",
                    List.of(),
                    Map.of(),
                    uri);
        }
        LOG.error("unexpected error on " + uri.getPath(), e);
        return respond(ProblemType.INTERNAL_ERROR, Messages.text("common.unexpected"), List.of(), Map.of(), uri);
    }

    static RestResponse<Problem> respond(
            ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions, UriInfo uri) {
        Problem body = body(type, detail, errors, extensions, uri);
        return RestResponse.ResponseBuilder.<Problem>create(type.status())
                .entity(body)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", type == ProblemType.SERVICE_UNAVAILABLE ? Problem.RETRY_AFTER_SECONDS : null)
                .build();
    }

    /**
     * The one place a problem body is made: a server-side failure (5xx) carries the request id its log lines carry,
     * so an operator finds them from what the caller reports; every 503 is counted.
     */
    private static Problem body(
            ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions, UriInfo uri) {
        Map<String, Object> members = extensions;
        if (type.status() >= 500) {
            String requestId = RequestIds.current();
            if (requestId != null) {
                members = new java.util.LinkedHashMap<>(extensions);
                members.put("requestId", requestId);
            }
        }
        if (type.status() == 503) {
            Meters.unavailable();
        }
        return new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors, members);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.body.code" → "code": drop the method and parameter names the client never saw.
        // "milestones[0].<list element>" → "milestones[0]": a null inside an array is that element's error
        String[] parts = violation
                .getPropertyPath()
                .toString()
                .replaceAll("\\.<[^>]*>", "")
                .split("\\.");
        return parts.length > 2
                ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    private static FieldErrorCode codeOf(ConstraintViolation<?> violation) {
        String annotation = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> FieldErrorCode.REQUIRED;
            case "Size", "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" ->
                FieldErrorCode.OUT_OF_RANGE;
            case "Pattern" -> FieldErrorCode.INVALID_FORMAT;
            default -> FieldErrorCode.INVALID_FORMAT;
        };
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

    private static List<FieldError> jsonErrors(JsonProcessingException e) {
        var duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            String field = quote(duplicate.group(1));
            return List.of(FieldError.of(
                    field, FieldErrorCode.DUPLICATE, "'" + field + "' is given twice in one object; give it once"));
        }
        if (e instanceof JsonSetup.NotPlainText text && !text.getPath().isEmpty()) {
            return List.of(FieldError.of(pathOf(text), FieldErrorCode.INVALID_FORMAT, describe(e)));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            FieldErrorCode code = e instanceof UnrecognizedPropertyException
                    ? FieldErrorCode.UNKNOWN_FIELD
                    : e instanceof InvalidFormatException invalid
                                    && invalid.getTargetType() != null
                                    && invalid.getTargetType().isEnum()
                            ? FieldErrorCode.UNKNOWN_VALUE
                            : FieldErrorCode.INVALID_TYPE;
            return List.of(FieldError.of(pathOf(mapping), code, describe(e)));
        }
        return List.of();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + quote(unknown.getPropertyName()) + "'; known fields: "
                    + unknown.getKnownPropertyIds();
        }
        if (e instanceof JsonSetup.NotPlainText text) {
            return (text.getPath().isEmpty() ? "a string" : pathOf(text)) + " " + text.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException invalid) {
            return "'" + quote(String.valueOf(invalid.getValue())) + "' at " + pathOf(invalid)
                    + " is not valid: expected " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return "wrong type at " + pathOf(mismatch) + ": expected " + expected(mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "the value at " + pathOf(mapping) + " is not valid"
                    + (mapping.getCause() instanceof IllegalArgumentException arg && arg.getMessage() != null
                            ? ": " + plain(arg.getMessage())
                            : "");
        }
        var location = e.getLocation();
        return "malformed JSON"
                + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr())
                + ": " + plain(String.valueOf(e.getOriginalMessage()));
    }

    /** What a field of this Java type takes, in the API's words (the contract's types, not Java's). */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as \"2024-01-31\"";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "a UTC timestamp such as \"2024-01-31T08:00:00Z\"";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** A parser's message without the names of its Java classes and settings, which mean nothing to a client. */
    static String plain(String message) {
        String m = message;
        int cut = indexOfAny(
                m,
                " (start marker at",
                " at [Source:",
                "[Source:",
                ": enable `",
                "; enable `",
                " (for Object starting at");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        m = m.replaceAll("`[^`]*`", "")
                .replaceAll("\\b[a-z][a-z0-9_]*(\\.[A-Za-z_$][\\w$]*)+(<[^>]*>)?", "a value")
                .strip();
        return quoteLength(m);
    }

    private static int indexOfAny(String s, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = s.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static String quoteLength(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }

    private static String quote(String s) {
        return s == null
                ? ""
                : s.length() <= RequestLimits.QUOTED_CHARS ? s : s.substring(0, RequestLimits.QUOTED_CHARS) + "…";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
