package io.planwatch.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.vocabulary.AssessmentLevel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Assessment",
        description = "A department's yearly judgement (自评) of a qualitative target, with its evidence")
public record AssessmentDto(
        @Schema(readOnly = true, examples = "41") Long id,

        @NotNull
        @Min(1990)
        @Max(2100)
        @Schema(description = "The year judged; one assessment per target and year", examples = "2024")
        Integer year,

        @NotNull
        @Schema(
                description =
                        "ACHIEVED → status ACHIEVED, PROGRESSING → ON_TRACK, LAGGING → AT_RISK, NOT_STARTED → REGRESSING",
                examples = "PROGRESSING")
        AssessmentLevel level,

        @NotBlank
        @Size(max = 4000)
        @Schema(description = "What the judgement rests on", examples = "全县9个乡镇均已建成儿童之家，覆盖率100%")
        String evidence,

        @Schema(
                description = "Code of the assessing department; default the target's lead department",
                examples = "450223-MZ")
        String department,

        @Schema(readOnly = true, examples = "2025-02-10T08:30:00Z")
        Instant createdAt,

        @Schema(readOnly = true, description = "Who recorded it: the token's subject and department")
        io.planwatch.security.Actor recordedBy) {

    static AssessmentDto of(Assessment a) {
        return new AssessmentDto(
                a.id,
                a.year,
                a.level,
                a.evidence,
                a.department == null ? null : a.department.code,
                a.createdAt,
                io.planwatch.security.Actor.of(a.actorSubject, a.actorDepartment));
    }
}
