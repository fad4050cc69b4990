package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluation of one target as of a year, explaining itself.
 * <ul>
 *   <li>{@code targetValue}: the value the target is judged against (for RELATIVE_CHANGE the threshold computed from
 *       its base, rounded as reported; null for trend, gap and qualitative kinds);</li>
 *   <li>{@code tolerance}: APPROX only, the tolerance in force (the target's own, else 10 % of its value);</li>
 *   <li>{@code values}: the values used (period ≤ asOf; for GAP_NARROWING the gaps abs(a − b));</li>
 *   <li>{@code slope}: the least-squares change per year since the baseline, null with fewer than two values;</li>
 *   <li>{@code reportedForAsOf}: a value exists for the as-of year (every subunit, for EACH); roll-ups count it.</li>
 * </ul>
 */
public record TargetResult(
        String targetId,
        TargetKind kind,
        int asOf,
        Status status,
        Rule rule,
        BigDecimal targetValue,
        BigDecimal tolerance,
        Baseline baseline,
        Observed latest,
        Projected projection,
        BigDecimal slope,
        BigDecimal progressSoFar,
        BigDecimal anticipatedProgress,
        OpenSdg openSdg,
        List<SubunitResult> subunits,
        List<Warning> warnings,
        List<Point> values,
        boolean reportedForAsOf,
        String explanation) {

    public TargetResult {
        subunits = List.copyOf(subunits);
        warnings = List.copyOf(warnings);
        values = List.copyOf(values);
    }
}
