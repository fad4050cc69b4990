package io.planwatch.common;

/**
 * The stable kinds of error the API answers with. Each becomes the {@code type} URI of an RFC 9457 problem, so
 * clients can branch on it; titles are for people.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "The request is not valid"),
    MALFORMED_JSON(400, "malformed-json", "The request body is not well-formed JSON of the expected shape"),
    MALFORMED_CSV(400, "malformed-csv", "The CSV body cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "The token's roles do not allow this operation"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed on this resource"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    IN_USE(409, "in-use", "The resource is still used by others"),
    ALREADY_EXISTS(409, "already-exists", "A resource with this code already exists"),
    IDEMPOTENCY_KEY_REUSED(409, "idempotency-key-reused", "The Idempotency-Key was already used for a different request"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource changed since the version named in If-Match"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request is larger than allowed"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IMPORT_REJECTED(422, "import-rejected", "The atomic import was rejected; nothing was written"),
    UNPROCESSABLE(422, "unprocessable", "The request is well-formed but cannot be processed"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests from this caller; retry after the time given"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service cannot answer right now");

    public static final String BASE = "https://planwatch.io/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }
}
