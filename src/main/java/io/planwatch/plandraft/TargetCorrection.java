package io.planwatch.plandraft;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.plan.TargetDto;
import io.planwatch.vocabulary.TargetKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Overrides for one draft target: every field given replaces the draft's. When the kind changes, fields the new
 * kind does not take (value, changePct, changePerYear, reference, tolerance, gap, strict) are dropped instead of failing the target, and a
 * correction to QUALITATIVE keeps an indicator only if it names one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "PlanDraftCorrection",
        description = "Overrides for the draft target at index; skip leaves it out of the plan")
public record TargetCorrection(
        @NotNull @Min(0) @Schema(required = true, description = "The draft target's index", examples = "3")
        Integer index,

        @Schema(description = "true leaves the target out", examples = "false")
        Boolean skip,

        @Schema(description = "Indicator code, replacing the match", examples = "CH-HEALTH-IMR")
        String indicator,

        @Schema(examples = "AT_MOST") TargetKind kind,
        @Schema(examples = "5") BigDecimal value,
        Boolean strict,
        Boolean maintain,
        @Min(1990) @Max(2100) Integer targetYear,
        @Valid TargetDto.Scope scope,
        @Schema(examples = "{\"SEX\": \"F\"}") Map<String, String> disaggregation,
        @Valid TargetDto.Gap gap,
        @Min(1990) @Max(2100) Integer baselineYear,
        BigDecimal changePct,
        BigDecimal tolerance,
        List<TargetDto.@NotNull @Valid MilestoneDto> milestones,
        @Min(1) Integer domain,
        @Min(1) Integer goal,
        @Schema(examples = "450223-WJ") String leadDepartment,
        List<String> cooperatingDepartments,

        @Schema(description = "ANNUAL_CHANGE: the signed change a year", examples = "-0.5")
        BigDecimal changePerYear,

        @Schema(
                description =
                        "AT_LEAST_REFERENCE, APPROX_REFERENCE: code of the indicator compared with, replacing the match",
                examples = "WO-POL-PARTY-MEMBERS-F")
        String reference) {

    public boolean skipped() {
        return Boolean.TRUE.equals(skip);
    }
}
