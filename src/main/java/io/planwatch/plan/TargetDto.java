package io.planwatch.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.common.Decimals;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.vocabulary.Level;
import io.planwatch.vocabulary.ScopeType;
import io.planwatch.vocabulary.TargetKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Target", description = "One measurable promise (目标值) of a plan on one indicator")
public record TargetDto(
        @Schema(readOnly = true, examples = "17") Long id,

        @NotNull @Schema(description = "Order of the domain in the plan", examples = "1")
        Integer domain,

        @Schema(
                description = "Number of the main goal in the domain; null for a target stated among the measures",
                examples = "3")
        Integer goal,

        @Schema(description = "Indicator code; optional only for QUALITATIVE targets", examples = "CH-HEALTH-IMR")
        String indicator,

        @NotNull @Schema(examples = "AT_MOST") TargetKind kind,

        @Schema(description = "The target value in the indicator's unit (AT_MOST, AT_LEAST, APPROX)", examples = "5")
        BigDecimal value,

        @Schema(description = "true for 低于/超过/不满 (the number itself misses); false for 以上/以下/以内", examples = "false")
        Boolean strict,

        @Min(1990) @Max(2100) @Schema(description = "Default: the plan's periodEnd", examples = "2030")
        Integer targetYear,

        @Schema(description = "true for 保持/稳定在: must hold every year, not only at the end", examples = "false")
        Boolean maintain,

        @Valid @Schema(description = "Default {\"type\":\"JURISDICTION\"}")
        Scope scope,

        @Schema(
                description = "The disaggregation the target is about; absent for the total",
                examples = "{\"SEX\": \"F\"}")
        Map<String, String> disaggregation,

        @Valid @Schema(description = "GAP_NARROWING: the two groups whose gap must shrink")
        Gap gap,

        @Min(1990)
        @Max(2100)
        @Schema(description = "RELATIVE_CHANGE: the base year; default the plan's baseline year", examples = "2020")
        Integer baselineYear,

        @Schema(
                description = "RELATIVE_CHANGE: change in percent against the base year, e.g. -20 for 下降20%",
                examples = "-20")
        BigDecimal changePct,

        @Schema(
                description =
                        "APPROX: allowed absolute deviation, default 10% of value; APPROX_REFERENCE: default 10% of the reference's value",
                examples = "0.35")
        BigDecimal tolerance,

        @Schema(
                description =
                        "ANNUAL_CHANGE: the change asked for each year, signed, in the indicator's unit (percentage points for a "
                                + "percentage): -0.5 for 每年降低0.5个百分点以上; for a range (每年降低0.5到1个百分点) the lower bound",
                examples = "-0.5")
        BigDecimal changePerYear,

        @Schema(
                description =
                        "AT_LEAST_REFERENCE, APPROX_REFERENCE: code of the indicator compared with, for the same jurisdiction and year",
                examples = "WO-POL-PARTY-MEMBERS-F")
        String reference,

        @Schema(description = "Intermediate values by year") List<@NotNull @Valid MilestoneDto> milestones,

        @Schema(description = "Code of the lead department", examples = "450223-WJ")
        String leadDepartment,

        @Schema(description = "Codes of the co-operating departments", examples = "[\"450223-TJ\"]")
        List<@NotNull String> cooperatingDepartments,

        @Size(max = 4000)
        @Schema(description = "The clause of the plan text the target comes from", examples = "婴儿死亡率控制在5‰以下")
        String sourceText,

        @Min(1) @Schema(description = "Line of the clause in the plan text", examples = "47")
        Integer sourceLine) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetScope", description = "JURISDICTION (the plan's own) or EACH sub-jurisdiction of a level")
    public record Scope(
            @NotNull @Schema(examples = "EACH") ScopeType type,
            @Schema(examples = "TOWNSHIP") Level level) {}

    @Schema(name = "TargetGap", description = "The gap between two codes of one dimension, e.g. rural against urban")
    public record Gap(
            @NotBlank @Schema(examples = "AREA") String dimension,
            @NotBlank @Schema(examples = "RURAL") String a,
            @NotBlank @Schema(examples = "URBAN") String b) {}

    @Schema(name = "Milestone", description = "A value the target must reach by a year")
    public record MilestoneDto(
            @NotNull @Min(1990) @Max(2100) @Schema(examples = "2025")
            Integer year,

            @NotNull @Schema(examples = "6") BigDecimal value) {}

    static TargetDto of(Target t) {
        return new TargetDto(
                t.id,
                t.domain.order,
                t.goal == null ? null : t.goal.number,
                t.indicator == null ? null : t.indicator.code,
                t.kind,
                Decimals.clean(t.value),
                t.strict,
                t.targetYear,
                t.maintain,
                new Scope(t.scopeType, t.scopeLevel),
                t.disaggregation.isEmpty() ? null : Disaggregation.parse(t.disaggregation),
                t.gapDimension == null ? null : new Gap(t.gapDimension, t.gapA, t.gapB),
                t.baselineYear,
                Decimals.clean(t.changePct),
                Decimals.clean(t.tolerance),
                Decimals.clean(t.changePerYear),
                t.referenceIndicator == null ? null : t.referenceIndicator.code,
                t.milestones.stream()
                        .map(m -> new MilestoneDto(m.year, Decimals.clean(m.value)))
                        .toList(),
                t.leadDepartment == null ? null : t.leadDepartment.code,
                t.cooperatingDepartments.stream().map(d -> d.code).sorted().toList(),
                t.sourceText,
                t.sourceLine);
    }
}
