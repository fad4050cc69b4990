package io.planwatch.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.common.Decimals;
import io.planwatch.security.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Revision",
        description =
                "One create or change of an observation: old → new, by which push, from which source and department, when")
public record RevisionDto(
        @Schema(examples = "88") long id,

        @Schema(description = "The push that made the change", examples = "12")
        Long push,

        @Schema(description = "Absent for the creation", examples = "2.5")
        BigDecimal oldValue,

        @Schema(required = true, examples = "2.41") BigDecimal newValue,
        @Schema(examples = "PROVISIONAL") ObservationStatus oldStatus,
        @Schema(required = true, examples = "FINAL") ObservationStatus newStatus,

        @Schema(description = "The reporting department of the new value", examples = "450223-WJ")
        String department,

        @Schema(description = "The note of the new value", examples = "妇幼卫生年报终审数")
        String note,

        @Schema(examples = "wjw-mis") String source,

        @Schema(description = "Who made the change: the subject and department of the token that pushed it")
        Actor recordedBy,

        @Schema(required = true, examples = "2026-03-01T08:00:00Z")
        Instant changedAt,

        @Schema(description = "Present when the change overrode period locks: why, and whose locks")
        LockOverride lockOverride) {

    @Schema(
            name = "LockOverride",
            description = "A change to a value that period locks froze, made by a plan owner with a reason")
    public record LockOverride(
            @Schema(examples = "终期评估前更正2024年统计年鉴数") String reason,

            @Schema(description = "The plans whose locks it overrode", examples = "[\"luzhai-children\"]")
            java.util.List<String> plans) {}

    static RevisionDto of(ObservationRevision r, Push push) {
        return new RevisionDto(
                r.id,
                r.pushId,
                Decimals.clean(r.oldValue),
                Decimals.clean(r.newValue),
                r.oldStatus,
                r.newStatus,
                r.department == null ? null : r.department.code,
                r.note,
                r.source,
                push == null ? null : Actor.of(push.actorSubject, push.actorDepartment),
                r.changedAt,
                r.lockOverrideReason == null
                        ? null
                        : new LockOverride(
                                r.lockOverrideReason,
                                r.lockOverridePlans == null
                                        ? java.util.List.of()
                                        : java.util.List.of(r.lockOverridePlans.split(","))));
    }
}
