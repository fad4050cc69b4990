package io.planwatch.lock;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.security.Actor;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "PeriodLock",
        description = "A plan's data frozen for every year up to throughYear: who locked it, when and why")
public record LockDto(
        @Schema(examples = "4") long id,
        @Schema(examples = "luzhai-children") String plan,

        @Schema(description = "The last year frozen; every year before it is frozen too", examples = "2025")
        int throughYear,

        @Schema(examples = "中期评估报告已印发") String reason,

        @Schema(description = "Who locked it: the token's subject and department")
        Actor lockedBy,

        @Schema(examples = "2026-01-15T02:00:00Z") Instant lockedAt) {

    static LockDto of(PeriodLock l) {
        return new LockDto(
                l.id, l.plan.code, l.throughYear, l.reason, Actor.of(l.actorSubject, l.actorDepartment), l.createdAt);
    }

    @Schema(name = "PeriodLockRequest", description = "The years to freeze: every one up to throughYear")
    public record Request(
            @NotNull
            @Schema(
                    required = true,
                    description = "The last year frozen: one of the plan's years, baseline year to period end",
                    examples = "2025")
            Integer throughYear,

            @Size(max = 500)
            @Schema(description = "Why, up to 500 characters: the report the frozen data backs", examples = "中期评估报告已印发")
            String reason) {}

    /** What publishing a MIDTERM or FINAL snapshot proposes: a lock through the year it reports on, at this address. */
    @Schema(
            name = "ProposedLock",
            description =
                    "The lock that publishing this snapshot proposes; POST it to href to freeze the data it read. Absent when the plan is locked that far already")
    public record Proposal(
            @Schema(examples = "2025") int throughYear,

            @Schema(examples = "/api/v1/plans/luzhai-children/locks")
            String href) {}
}
