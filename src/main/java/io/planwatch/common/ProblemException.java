package io.planwatch.common;

import java.util.List;
import java.util.Map;

/** A domain error that one mapper turns into {@code application/problem+json}. Services throw it. */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions) {
        this(type, detail, errors, extensions, Map.of());
    }

    /** With response headers the problem needs (WWW-Authenticate on a 401, Retry-After on a 429 or 503). */
    public ProblemException(
            ProblemType type,
            String detail,
            List<FieldError> errors,
            Map<String, Object> extensions,
            Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
    }

    /** @param what the kind of resource, as in the bundle's noun.* keys ("plan draft" → noun.plan_draft) */
    public static ProblemException notFound(String what, String code) {
        return new ProblemException(
                ProblemType.NOT_FOUND,
                Messages.text("common.notFound", Messages.text("noun." + what.replace(' ', '_')), code));
    }

    public static ProblemException invalid(String field, FieldErrorCode code, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED, message, List.of(FieldError.of(field, code, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
