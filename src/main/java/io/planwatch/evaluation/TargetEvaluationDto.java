package io.planwatch.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.common.Decimals;
import io.planwatch.evaluation.engine.Assessment;
import io.planwatch.evaluation.engine.Baseline;
import io.planwatch.evaluation.engine.EvaluationInput;
import io.planwatch.evaluation.engine.Observed;
import io.planwatch.evaluation.engine.Projected;
import io.planwatch.evaluation.engine.Rule;
import io.planwatch.evaluation.engine.Status;
import io.planwatch.evaluation.engine.SubunitResult;
import io.planwatch.evaluation.engine.TargetResult;
import io.planwatch.evaluation.engine.Warning;
import io.planwatch.evaluation.engine.WarningCode;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.vocabulary.AssessmentLevel;
import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "TargetEvaluation",
        description = "How one target stands as of a year, with the values, projection and rule behind it")
public record TargetEvaluationDto(
        @Schema(required = true, description = "Target id", examples = "17")
        Long id,

        @Schema(description = "Order of the target's domain", examples = "1")
        Integer domain,

        @Schema(description = "Number of the main goal", examples = "3")
        Integer goal,

        @Schema(description = "Indicator code; absent for a qualitative target without one", examples = "CH-HEALTH-IMR")
        String indicator,

        @Schema(examples = "婴儿死亡率") String indicatorName,
        @Schema(required = true, examples = "AT_MOST") TargetKind kind,

        @Schema(
                description =
                        "The value judged against (for RELATIVE_CHANGE the threshold computed from its base); absent for trend, gap and qualitative targets",
                examples = "5")
        BigDecimal value,

        @Schema(
                description =
                        "Whether the comparison excludes the value itself (低于, 超过: x < v, x > v) rather than including it (以下, 以上: x ≤ v, x ≥ v); absent for qualitative targets",
                examples = "false")
        Boolean strict,

        @Schema(
                description =
                        "APPROX: the tolerance in force, the target's own or 10 % of abs(value), met when abs(x − value) ≤ tolerance; "
                                + "APPROX_REFERENCE: the target's own or 10 % of the reference's latest value compared",
                examples = "0.5")
        BigDecimal tolerance,

        @Schema(description = "RELATIVE_CHANGE: the change asked for, in percent", examples = "-20")
        BigDecimal changePct,

        @Schema(
                description =
                        "ANNUAL_CHANGE: the change asked for each year, signed, in the indicator's unit (percentage points for a percentage)",
                examples = "-0.5")
        BigDecimal changePerYear,

        @Schema(
                description =
                        "AT_LEAST_REFERENCE, APPROX_REFERENCE: code of the indicator compared with; values, baseline, latest and "
                                + "projection are then the differences x − r of the years both have",
                examples = "WO-POL-PARTY-MEMBERS-F")
        String reference,

        @Schema(description = "AT_LEAST_REFERENCE, APPROX_REFERENCE: the reference's values (period ≤ asOf)")
        List<YearValueDto> referenceValues,

        @Schema(examples = "2030") Integer targetYear,

        @Schema(description = "The disaggregation judged; absent for the total", examples = "{\"SEX\": \"F\"}")
        Map<String, String> disaggregation,

        @Schema(description = "Code of the lead department", examples = "450223-WJ")
        String leadDepartment,

        @Schema(required = true, examples = "ACHIEVED") Status status,

        @Schema(
                required = true,
                description = "The rule that decided the status (docs/evaluation.md §3)",
                examples = "LATEST_MEETS_TARGET")
        Rule rule,

        BaselineDto baseline,
        YearValueDto latest,
        ProjectionDto projection,

        @Schema(description = "Least-squares change per year since the baseline", examples = "-0.609")
        BigDecimal slope,

        @Schema(description = "(x_L − x_B)/(v − x_B)", examples = "0.4")
        BigDecimal progressSoFar,

        @Schema(description = "(x̂_T − x_B)/(v − x_B)", examples = "1.05")
        BigDecimal anticipatedProgress,

        OpenSdgDto openSdg,

        @Schema(description = "Scope EACH: every sub-jurisdiction with its own status")
        List<SubunitDto> subunits,

        @Schema(required = true, description = "Early warnings (预警)")
        List<WarningDto> warnings,

        @Schema(
                required = true,
                description =
                        "The values used (period ≤ asOf; for GAP_NARROWING the gaps abs(a − b); for the *_REFERENCE kinds the "
                                + "differences x − r)")
        List<YearValueDto> values,

        @Schema(description = "A value exists for the as-of year (EACH: for every sub-jurisdiction)", examples = "true")
        Boolean reported,

        @Schema(
                required = true,
                description = "One sentence a clerk can read",
                examples = "婴儿死亡率2020年为2.41‰，已达到“≤5‰”的目标。")
        String explanation) {

    @Schema(
            name = "EvaluationBaseline",
            description = "The value progress is measured from; imputed when the plan's baseline year had none")
    public record BaselineDto(
            @Schema(examples = "2020") int year,
            @Schema(examples = "2.41") BigDecimal value,
            @Schema(examples = "false") boolean imputed) {
        static BaselineDto of(Baseline b) {
            return b == null ? null : new BaselineDto(b.year(), b.value(), b.imputed());
        }
    }

    @Schema(name = "YearValue", description = "A value of a year")
    public record YearValueDto(
            @Schema(examples = "2024") int year,
            @Schema(examples = "2.1") BigDecimal value) {
        static YearValueDto of(Observed o) {
            return o == null ? null : new YearValueDto(o.year(), o.value());
        }
    }

    @Schema(
            name = "Projection",
            description = "Least-squares trend extended to the target year, clipped to the indicator's range")
    public record ProjectionDto(
            @Schema(examples = "2030") int year,
            @Schema(examples = "1.2") BigDecimal value,
            @Schema(examples = "OLS") String method) {
        static ProjectionDto of(Projected p) {
            return p == null ? null : new ProjectionDto(p.year(), p.value(), p.method());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OpenSdgProgress", description = "The Open SDG progress measure (sdg-build ProgressMeasure)")
    public record OpenSdgDto(
            @Schema(examples = "0.8") BigDecimal value,
            @Schema(examples = "moderate_progress") String status,
            @Schema(examples = "1.4286") BigDecimal score) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SubunitEvaluation", description = "How one sub-jurisdiction of an EACH target stands")
    public record SubunitDto(
            @Schema(required = true, examples = "450223100") String jurisdiction,
            @Schema(required = true, examples = "ACHIEVED") Status status,

            @Schema(required = true, examples = "LATEST_MEETS_TARGET")
            Rule rule,

            BaselineDto baseline,
            YearValueDto latest,
            ProjectionDto projection,
            List<WarningDto> warnings) {
        static SubunitDto of(SubunitResult s) {
            return new SubunitDto(
                    s.jurisdiction(),
                    s.status(),
                    s.rule(),
                    BaselineDto.of(s.baseline()),
                    YearValueDto.of(s.latest()),
                    ProjectionDto.of(s.projection()),
                    s.warnings().stream().map(WarningDto::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EvaluationWarning", description = "An early warning (预警) with the numbers behind it")
    public record WarningDto(
            @Schema(required = true, examples = "WEAKER_THAN_BASELINE")
            WarningCode code,

            @Schema(examples = "2020") Integer year,

            @Schema(description = "Sub-jurisdiction it comes from (scope EACH)", examples = "450223100")
            String jurisdiction,

            @Schema(required = true, examples = "基线值2.41‰已达到目标“≤5‰”，目标未要求进一步改善")
            String message,

            @Schema(
                    required = true,
                    description = "The numbers behind the warning, by name",
                    examples = "{\"baseline\": 2.41, \"target\": 5}")
            Map<String, BigDecimal> numbers,

            AssessmentRefDto assessment) {
        static WarningDto of(Warning w) {
            return new WarningDto(
                    w.code(),
                    w.year(),
                    w.jurisdiction(),
                    w.message(),
                    w.numbers(),
                    AssessmentRefDto.of(w.assessment()));
        }
    }

    @Schema(
            name = "WarningAssessment",
            description = "The assessment behind a qualitative target's status warning (a level is not a number)")
    public record AssessmentRefDto(
            @Schema(examples = "2024") int year,
            @Schema(examples = "LAGGING") AssessmentLevel level) {
        static AssessmentRefDto of(Assessment a) {
            return a == null ? null : new AssessmentRefDto(a.year(), a.level());
        }
    }

    static TargetEvaluationDto of(TargetRow t, EvaluationInput in, TargetResult r) {
        List<YearValueDto> referenceValues = in.reference() == null
                ? null
                : in.reference().series().points().stream()
                        .map(p -> new YearValueDto(p.year(), p.value()))
                        .toList();
        return new TargetEvaluationDto(
                t.id(),
                t.domain(),
                t.goal(),
                t.indicatorCode(),
                t.indicatorName(),
                t.kind(),
                r.targetValue(),
                t.kind() == TargetKind.QUALITATIVE ? null : t.strict(),
                Decimals.clean(r.tolerance()),
                Decimals.clean(t.changePct()),
                Decimals.clean(t.changePerYear()),
                t.referenceCode(),
                referenceValues,
                t.targetYear(),
                t.disaggregation().isEmpty() ? null : Disaggregation.parse(t.disaggregation()),
                t.leadDepartment(),
                r.status(),
                r.rule(),
                BaselineDto.of(r.baseline()),
                YearValueDto.of(r.latest()),
                ProjectionDto.of(r.projection()),
                r.slope(),
                r.progressSoFar(),
                r.anticipatedProgress(),
                r.openSdg() == null
                        ? null
                        : new OpenSdgDto(
                                r.openSdg().value(),
                                r.openSdg().status(),
                                r.openSdg().score()),
                r.subunits().isEmpty()
                        ? null
                        : r.subunits().stream().map(SubunitDto::of).toList(),
                r.warnings().stream().map(WarningDto::of).toList(),
                r.values().stream()
                        .map(p -> new YearValueDto(p.year(), p.value()))
                        .toList(),
                t.kind() == TargetKind.QUALITATIVE ? null : r.reportedForAsOf(),
                r.explanation());
    }
}
