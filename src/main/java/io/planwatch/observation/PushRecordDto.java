package io.planwatch.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.common.FieldError;
import io.planwatch.security.Actor;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PushRecord", description = "A recorded push: who sent it, when, and what it did row by row")
public record PushRecordDto(
        @Schema(examples = "12") long id,
        @Schema(examples = "wjw-mis") String source,

        @Schema(description = "Who pushed: the token's subject and department")
        Actor recordedBy,

        @Schema(description = "The Idempotency-Key it was sent with, if any", examples = "wjw-2023-annual")
        String idempotencyKey,

        @Schema(required = true, examples = "2026-03-01T08:00:00Z")
        Instant pushedAt,

        @Schema(examples = "3000") int received,
        @Schema(examples = "2400") int created,
        @Schema(examples = "96") int updated,
        @Schema(examples = "500") int unchanged,
        @Schema(examples = "4") int rejected,

        @Schema(description = "The rejected rows, as the push was answered; absent in lists")
        List<FieldError> errors) {

    static PushRecordDto of(Push p, List<FieldError> errors) {
        return new PushRecordDto(
                p.id,
                p.source,
                Actor.of(p.actorSubject, p.actorDepartment),
                p.idempotencyKey,
                p.pushedAt,
                p.received,
                p.created,
                p.updated,
                p.unchanged,
                p.rejected,
                errors);
    }
}
