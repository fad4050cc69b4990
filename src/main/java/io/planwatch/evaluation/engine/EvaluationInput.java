package io.planwatch.evaluation.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one target's evaluation as of year {@code asOf} reads. The caller has already filtered the
 * observations to the target's disaggregation; the engine drops values after {@code asOf} itself.
 * <ul>
 *   <li>{@code series}: the plan jurisdiction's values (for EACH targets: its total, shown but not judged);</li>
 *   <li>{@code gapA}, {@code gapB}: the two categories of a GAP_NARROWING target;</li>
 *   <li>{@code subunits} and {@code expectedSubunits}: for scope EACH, series by sub-jurisdiction code and the codes
 *       that should report (a code without a series is 'no data');</li>
 *   <li>{@code assessment}: the latest assessment at or before asOf of a QUALITATIVE target, or null;</li>
 *   <li>{@code reference}: for the *_REFERENCE kinds, the indicator compared with and its values for the plan's
 *       jurisdiction (the total), or null;</li>
 *   <li>{@code names}: how the explanation writes the gap's categories and the sub-jurisdictions (农村, 中渡镇).</li>
 * </ul>
 */
public record EvaluationInput(
        Target target,
        Indicator indicator,
        PlanContext plan,
        int asOf,
        Series series,
        Series gapA,
        Series gapB,
        Map<String, Series> subunits,
        List<String> expectedSubunits,
        Assessment assessment,
        Reference reference,
        Names names) {

    /** The indicator a *_REFERENCE target is compared with, and its values. */
    public record Reference(Indicator indicator, Series series) {
        public Reference {
            Objects.requireNonNull(indicator, "indicator");
            series = series == null ? Series.empty() : series;
        }
    }

    public EvaluationInput {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(plan, "plan");
        series = series == null ? Series.empty() : series;
        gapA = gapA == null ? Series.empty() : gapA;
        gapB = gapB == null ? Series.empty() : gapB;
        subunits = subunits == null ? Map.of() : Map.copyOf(subunits);
        expectedSubunits = expectedSubunits == null ? List.of() : List.copyOf(expectedSubunits);
        names = names == null ? Names.NONE : names;
    }

    public static EvaluationInput of(Target target, Indicator indicator, PlanContext plan, int asOf, Series series) {
        return new EvaluationInput(target, indicator, plan, asOf, series, null, null, null, null, null, null, null);
    }

    public EvaluationInput withGap(Series a, Series b) {
        return new EvaluationInput(
                target, indicator, plan, asOf, series, a, b, subunits, expectedSubunits, assessment, reference, names);
    }

    public EvaluationInput withSubunits(List<String> expected, Map<String, Series> bySubunit) {
        return new EvaluationInput(
                target, indicator, plan, asOf, series, gapA, gapB, bySubunit, expected, assessment, reference, names);
    }

    public EvaluationInput withAssessment(Assessment latest) {
        return new EvaluationInput(
                target,
                indicator,
                plan,
                asOf,
                series,
                gapA,
                gapB,
                subunits,
                expectedSubunits,
                latest,
                reference,
                names);
    }

    public EvaluationInput withNames(Names codeNames) {
        return new EvaluationInput(
                target,
                indicator,
                plan,
                asOf,
                series,
                gapA,
                gapB,
                subunits,
                expectedSubunits,
                assessment,
                reference,
                codeNames);
    }

    public EvaluationInput withReference(Indicator referenceIndicator, Series values) {
        return new EvaluationInput(
                target,
                indicator,
                plan,
                asOf,
                series,
                gapA,
                gapB,
                subunits,
                expectedSubunits,
                assessment,
                new Reference(referenceIndicator, values),
                names);
    }
}
