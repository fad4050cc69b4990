package io.planwatch.common;

/**
 * The stable kinds of error the API answers with. Each becomes the {@code type} URI of an RFC 9457 problem, so
 * clients can branch on it; titles are for people, in the request's language, from the message bundle.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed"),
    MALFORMED_JSON(400, "malformed-json"),
    MALFORMED_CSV(400, "malformed-csv"),
    MALFORMED_XLSX(400, "malformed-xlsx"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    REQUEST_TIMEOUT(408, "request-timeout"),
    CONFLICT(409, "conflict"),
    IN_USE(409, "in-use"),
    ALREADY_EXISTS(409, "already-exists"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IMPORT_REJECTED(422, "import-rejected"),
    UNPROCESSABLE(422, "unprocessable"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL_ERROR(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    public static final String BASE = "https://planwatch.io/problems/";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    /** The title in the language of the request (bundle key problem.NAME); English outside a request. */
    public String title() {
        return Messages.text("problem." + name());
    }
}
