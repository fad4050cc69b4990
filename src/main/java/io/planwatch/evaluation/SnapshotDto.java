package io.planwatch.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Snapshot",
        description = "A frozen evaluation: GET /snapshots/{id} returns it byte for byte as it was created")
public record SnapshotDto(
        @Schema(examples = "3") long id,
        @Schema(examples = "MIDTERM") SnapshotKind kind,
        @Schema(examples = "2025") int asOf,
        @Schema(examples = "2026-01-15T02:00:00Z") Instant createdAt,

        @Schema(
                description = "SHA-256 (hex) of the frozen inputs, GET /snapshots/{id}/inputs",
                examples = "9f2c4e0b5d7a1c3e8f6b2d4a0c9e7f5b3d1a8c6e4f2b0d9a7c5e3f1b8d6a4c2e")
        String inputsHash,

        @Schema(
                nullable = true,
                description =
                        "Who froze it: the token's subject and department; null for snapshots from before access control")
        io.planwatch.security.Actor createdBy,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
                description =
                        "In the answer to the POST that froze a MIDTERM or FINAL evaluation: the lock of its data through asOf that publishing it proposes (POST it to href); absent when the plan is locked that far already. Publishing does not lock by itself")
        io.planwatch.lock.LockDto.Proposal proposedLock) {

    SnapshotDto(
            long id,
            SnapshotKind kind,
            int asOf,
            Instant createdAt,
            String inputsHash,
            io.planwatch.security.Actor createdBy) {
        this(id, kind, asOf, createdAt, inputsHash, createdBy, null);
    }

    @Schema(name = "SnapshotRequest", description = "What to freeze")
    public record Request(
            @NotNull @Schema(description = "ANNUAL, MIDTERM or FINAL", examples = "MIDTERM")
            SnapshotKind kind,

            @Min(Years.MIN)
            @Max(Years.MAX)
            @Schema(
                    description =
                            "The year evaluated, within the plan's years (baseline year to period end); default by kind: MIDTERM the plan's midtermYear, FINAL its periodEnd, ANNUAL the latest year with data",
                    examples = "2025")
            Integer asOf) {}
}
