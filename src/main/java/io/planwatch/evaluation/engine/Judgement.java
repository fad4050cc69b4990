package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluation of one numeric target on one series (the plan jurisdiction's, a township's or a gap series),
 * before it is dressed as a {@link TargetResult} or a {@link SubunitResult}. Fields after {@code status} are null
 * when the series has no value at or before the as-of year.
 */
record Judgement(Status status, Rule rule, Criterion criterion, int targetYear, int relativeBaseYear,
                 Series values, Baseline baseline, Observed latest, BigDecimal slope, Projected projection,
                 BigDecimal progressSoFar, BigDecimal anticipatedProgress, List<Warning> warnings,
                 boolean reportedForAsOf) {

    boolean weakerThanBaseline() {
        return warnings.stream().anyMatch(w -> w.code() == WarningCode.WEAKER_THAN_BASELINE);
    }
}
