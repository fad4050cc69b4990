package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Rules 1–3 and 5 of docs/design.md "How a target is judged" for one numeric target on one series. */
final class SeriesJudge {
    private SeriesJudge() {}

    static Judgement judge(Target target, Indicator indicator, PlanContext plan, int asOf, Series series) {
        return judge(target, indicator, plan, asOf, series, null, null);
    }

    /**
     * For the *_REFERENCE kinds {@code series} holds the differences x − r, {@code reference} is the indicator compared
     * with and {@code referenceValue} its value of the latest year compared (APPROX_REFERENCE's default tolerance).
     */
    static Judgement judge(
            Target target,
            Indicator indicator,
            PlanContext plan,
            int asOf,
            Series series,
            Indicator reference,
            BigDecimal referenceValue) {
        Series upTo = series.upTo(asOf);
        TargetKind kind = target.kind();
        int targetYear = target.targetYearOr(plan);
        int baseYear = target.baseYearOr(plan);
        if (upTo.isEmpty()) {
            return new Judgement(
                    Status.NO_DATA,
                    Rule.NO_VALUE_AS_OF,
                    Criterion.of(target, indicator, null, reference, null),
                    targetYear,
                    baseYear,
                    upTo,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Warnings.stale(upTo, asOf),
                    false);
        }
        Point basePoint = upTo.at(baseYear);
        // Rule 1: the base year's value, else the earliest value (flagged); a RELATIVE_CHANGE base follows it.
        Baseline baseline = basePoint != null
                ? new Baseline(baseYear, basePoint.value(), false)
                : new Baseline(upTo.earliest().year(), upTo.earliest().value(), true);
        Criterion criterion = Criterion.of(target, indicator, baseline.value(), reference, referenceValue);
        Observed latest = new Observed(upTo.latest().year(), upTo.latest().value());
        Series window = upTo.from(baseline.year());
        BigDecimal slope = Projection.slope(window);
        // ANNUAL_CHANGE is judged on changes, not projected; a difference x − r has no range to clip to.
        Projected projection = latest.year() >= targetYear || kind == TargetKind.ANNUAL_CHANGE
                ? null
                : kind.isReference()
                        ? Projection.project(window, targetYear, null, null)
                        : Projection.project(window, targetYear, lowerBound(target, indicator), indicator.maxValue());

        Status status;
        Rule rule;
        if (target.kind().isTrend()) {
            Rule r = trendRule(criterion, indicator, target.kind(), window, baseline, latest, slope, targetYear);
            rule = r;
            status = statusOfTrendRule(r);
        } else if (kind == TargetKind.ANNUAL_CHANGE) {
            rule = annualChangeRule(criterion, window, baseline, latest, targetYear);
            status = statusOfLevelRule(rule);
        } else {
            rule = levelRule(criterion, window, latest, slope, projection, targetYear);
            status = statusOfLevelRule(rule);
        }
        // Already met at the baseline, the target asks for no distance to be covered: a ratio of it would read a
        // move towards v (a deterioration) as progress.
        BigDecimal v = kind == TargetKind.ANNUAL_CHANGE || criterion.meets(baseline.value()) ? null : criterion.value();
        BigDecimal progressSoFar = progress(latest.value(), baseline.value(), v);
        BigDecimal anticipated = projection == null ? null : progress(projection.value(), baseline.value(), v);

        Judgement partial = new Judgement(
                status,
                rule,
                criterion,
                targetYear,
                baseYear,
                upTo,
                baseline,
                latest,
                slope,
                projection,
                progressSoFar,
                anticipated,
                List.of(),
                upTo.at(asOf) != null);
        // Differences and changes of a percentage are in 个百分点, and so are the values of a gap (differences themselves).
        String du = Explanation.differenceSuffix(indicator.unit());
        String u = kind == TargetKind.GAP_NARROWING ? du : Explanation.unitSuffix(indicator.unit());
        List<Warning> warnings = new ArrayList<>();
        if (kind == TargetKind.ANNUAL_CHANGE) {
            warnings.addAll(Warnings.forAnnualChangeStatus(partial, u, du));
            warnings.addAll(Warnings.annualChangesMissed(window, criterion, du));
        } else if (kind.isReference()) {
            // A reference target asks to keep level with another quantity, not to cover a distance: no
            // WEAKER_THAN_BASELINE.
            warnings.addAll(Warnings.forStatus(partial, du, du));
            if (target.maintain()) {
                warnings.addAll(Warnings.maintainBreaches(window, criterion, du));
            }
        } else {
            warnings.addAll(Warnings.forStatus(partial, u, du));
            if (!kind.isTrend()) {
                warnings.addAll(Warnings.weakerThanBaseline(baseline, criterion, u));
                if (target.maintain()) {
                    warnings.addAll(Warnings.maintainBreaches(window, criterion, u));
                }
            }
            warnings.addAll(Warnings.milestonesMissed(upTo, target.milestones(), criterion, asOf, u));
        }
        if (!kind.isReference()) {
            // the volatility of a reference target's own values is the caller's: these values are differences
            warnings.addAll(Warnings.volatility(upTo, indicator.volatilityThreshold(), asOf, u));
        }
        warnings.addAll(Warnings.stale(upTo, asOf));
        return new Judgement(
                status,
                rule,
                criterion,
                targetYear,
                baseYear,
                upTo,
                baseline,
                latest,
                slope,
                projection,
                progressSoFar,
                anticipated,
                warnings,
                partial.reportedForAsOf());
    }

    private static Rule levelRule(
            Criterion c, Series window, Observed latest, BigDecimal slope, Projected projection, int targetYear) {
        if (c.meets(latest.value())) {
            return Rule.LATEST_MEETS_TARGET;
        }
        if (latest.year() >= targetYear) {
            return Rule.TARGET_YEAR_PASSED;
        }
        if (window.size() < 2) {
            return Rule.SINGLE_VALUE;
        }
        // A flat line is "not moving the right way" too.
        if (slope.signum() != c.improvingSign(latest.value())) {
            return Rule.MOVING_WRONG_WAY;
        }
        return c.meets(projection.value()) ? Rule.PROJECTION_MEETS_TARGET : Rule.PROJECTION_MISSES_TARGET;
    }

    /** DESIGN.md rule 2, ANNUAL_CHANGE: decided by the average yearly change since the baseline. */
    private static Rule annualChangeRule(
            Criterion c, Series window, Baseline baseline, Observed latest, int targetYear) {
        if (window.size() < 2) {
            return Rule.SINGLE_VALUE;
        }
        BigDecimal average = Decimals.divide(
                latest.value().subtract(baseline.value()), BigDecimal.valueOf(latest.year() - baseline.year()));
        if (c.meets(average)) {
            return Rule.ANNUAL_CHANGE_MET;
        }
        if (latest.year() >= targetYear) {
            return Rule.TARGET_YEAR_PASSED;
        }
        return average.signum() == c.direction() ? Rule.ANNUAL_CHANGE_TOO_SMALL : Rule.ANNUAL_CHANGE_WRONG_WAY;
    }

    private static Status statusOfLevelRule(Rule rule) {
        return switch (rule) {
            case LATEST_MEETS_TARGET, ANNUAL_CHANGE_MET -> Status.ACHIEVED;
            case TARGET_YEAR_PASSED -> Status.NOT_ACHIEVED;
            case SINGLE_VALUE -> Status.INSUFFICIENT_TREND;
            case MOVING_WRONG_WAY, ANNUAL_CHANGE_WRONG_WAY -> Status.REGRESSING;
            case PROJECTION_MEETS_TARGET -> Status.ON_TRACK;
            default -> Status.AT_RISK;
        };
    }

    private static Rule trendRule(
            Criterion c,
            Indicator indicator,
            TargetKind kind,
            Series window,
            Baseline baseline,
            Observed latest,
            BigDecimal slope,
            int targetYear) {
        if (window.size() < 2) {
            return Rule.SINGLE_VALUE;
        }
        int better = latest.value().compareTo(baseline.value()) * c.direction();
        if (slope.signum() == c.direction() && better > 0) {
            return Rule.TREND_RIGHT_WAY_AND_BETTER;
        }
        BigDecimal limit = naturalLimit(kind, indicator);
        // A series held at its floor (or ceiling) cannot keep falling (rising): 孕产妇死亡率 0 year after year.
        if (limit != null && latest.value().compareTo(limit) == 0 && better >= 0) {
            return Rule.TREND_AT_LIMIT;
        }
        if (latest.year() >= targetYear) {
            return Rule.TARGET_YEAR_PASSED;
        }
        return slope.signum() == c.direction() ? Rule.TREND_NOT_BETTER_THAN_BASELINE : Rule.TREND_WRONG_WAY;
    }

    private static Status statusOfTrendRule(Rule rule) {
        return switch (rule) {
            case SINGLE_VALUE -> Status.INSUFFICIENT_TREND;
            case TREND_RIGHT_WAY_AND_BETTER, TREND_AT_LIMIT -> Status.ACHIEVED;
            case TARGET_YEAR_PASSED -> Status.NOT_ACHIEVED;
            case TREND_NOT_BETTER_THAN_BASELINE -> Status.AT_RISK;
            default -> Status.REGRESSING;
        };
    }

    private static BigDecimal naturalLimit(TargetKind kind, Indicator indicator) {
        return switch (kind) {
            case GAP_NARROWING -> BigDecimal.ZERO;
            case TREND_DOWN -> indicator.minValue();
            case TREND_UP -> indicator.maxValue();
            default -> null;
        };
    }

    /** A gap cannot fall below 0; other series cannot leave the indicator's range. */
    private static BigDecimal lowerBound(Target target, Indicator indicator) {
        return target.kind() == TargetKind.GAP_NARROWING ? BigDecimal.ZERO : indicator.minValue();
    }

    /** (x − x_B)/(v − x_B), null without a target value or where v = x_B. */
    private static BigDecimal progress(BigDecimal x, BigDecimal base, BigDecimal v) {
        return v == null ? null : Decimals.ratio(x.subtract(base), v.subtract(base));
    }
}
