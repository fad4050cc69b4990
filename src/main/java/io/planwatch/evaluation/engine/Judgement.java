package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The evaluation of one numeric target on one series (the plan jurisdiction's, a township's or a gap series),
 * before it is dressed as a {@link TargetResult} or a {@link SubunitResult}. {@code baseYear} is the year looked up
 * for the baseline (the target's own, else the plan's); the fields from {@code baseline} on are null when the series
 * has no value at or before the as-of year.
 */
record Judgement(
        Status status,
        Rule rule,
        Criterion criterion,
        int targetYear,
        int baseYear,
        Series values,
        Baseline baseline,
        Observed latest,
        BigDecimal slope,
        Projected projection,
        BigDecimal progressSoFar,
        BigDecimal anticipatedProgress,
        List<Warning> warnings,
        boolean reportedForAsOf) {

    /** The values the slope and the projection use: from the baseline's year on. */
    Series window() {
        return baseline == null ? values : values.from(baseline.year());
    }

    Judgement withRule(Rule other) {
        return new Judgement(
                status,
                other,
                criterion,
                targetYear,
                baseYear,
                values,
                baseline,
                latest,
                slope,
                projection,
                progressSoFar,
                anticipatedProgress,
                warnings,
                reportedForAsOf);
    }

    /** ANNUAL_CHANGE: (x_L − x_B)/(L − B), exact; null with fewer than two values since the baseline. */
    BigDecimal averageChange() {
        return baseline == null || latest.year() == baseline.year()
                ? null
                : Decimals.divide(
                        latest.value().subtract(baseline.value()), BigDecimal.valueOf(latest.year() - baseline.year()));
    }

    boolean weakerThanBaseline() {
        return warnings.stream().anyMatch(w -> w.code() == WarningCode.WEAKER_THAN_BASELINE);
    }
}
