package io.planwatch.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the offending fields and any extension members. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(
                description = "Stable URI of the error kind",
                examples = "https://planwatch.io/problems/validation-failed")
        String type,

        @Schema(description = "Short summary of the error kind", examples = "The request is not valid")
        String title,

        @Schema(description = "HTTP status", examples = "400")
        int status,

        @Schema(description = "What went wrong in this request", examples = "indicator 'CH-HEALTH-XYZ' does not exist")
        String detail,

        @Schema(description = "The request path", examples = "/api/v1/indicators/CH-HEALTH-XYZ")
        String instance,

        @Schema(description = "The offending fields or rows")
        List<FieldError> errors,

        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** What a 503 answers in Retry-After: a pool wait or a database restart is over in seconds. */
    public static final String RETRY_AFTER_SECONDS = "5";

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
