package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;

/**
 * What "meets the target" means for one target, with the RELATIVE_CHANGE threshold already computed from its base.
 * ANNUAL_CHANGE compares a change per year with {@code changePerYear}; the *_REFERENCE kinds compare the difference
 * x − r with 0 (APPROX_REFERENCE within a tolerance, by default 10 % of the reference's latest value compared).
 * The same comparison judges the latest value, the projection and the milestones, so {@code strict} applies to all.
 * Comparisons use the exact threshold; only what is reported ({@link #shown()}) is rounded, so that a value just
 * inside a threshold with more than four decimals is not judged against a rounded neighbour.
 */
final class Criterion {
    private static final BigDecimal DEFAULT_APPROX_TOLERANCE = new BigDecimal("0.10");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Target target;
    private final BigDecimal value;
    private final BigDecimal tolerance;
    /** −1 when lower values meet, +1 when higher values meet, 0 for APPROX (towards the value). */
    private final int direction;
    /** The name of the indicator a *_REFERENCE target is compared with; null for the other kinds. */
    private final String referenceName;

    private Criterion(Target target, BigDecimal value, BigDecimal tolerance, int direction, String referenceName) {
        this.target = target;
        this.value = value;
        this.tolerance = tolerance;
        this.direction = direction;
        this.referenceName = referenceName;
    }

    private Criterion(Target target, BigDecimal value, BigDecimal tolerance, int direction) {
        this(target, value, tolerance, direction, null);
    }

    /** {@code relativeBase} is the base value of a RELATIVE_CHANGE target, null when there is none yet. */
    static Criterion of(Target target, Indicator indicator, BigDecimal relativeBase) {
        return of(target, indicator, relativeBase, null, null);
    }

    /**
     * {@code reference} is the indicator a *_REFERENCE target is compared with and {@code referenceValue} its latest
     * value compared (the base of APPROX_REFERENCE's default tolerance); both null for the other kinds.
     */
    static Criterion of(
            Target target,
            Indicator indicator,
            BigDecimal relativeBase,
            Indicator reference,
            BigDecimal referenceValue) {
        String referenceName =
                reference == null ? target.reference() : reference.name() != null ? reference.name() : reference.code();
        return switch (target.kind()) {
            case AT_MOST, TREND_DOWN, GAP_NARROWING -> new Criterion(target, target.value(), null, -1);
            case AT_LEAST, TREND_UP -> new Criterion(target, target.value(), null, 1);
            case APPROX -> new Criterion(target, target.value(), approxTolerance(target), 0);
            case RELATIVE_CHANGE -> {
                int sign = target.changePct().signum();
                BigDecimal threshold = relativeBase == null
                        ? null
                        : relativeBase.multiply(
                                BigDecimal.ONE.add(target.changePct().divide(HUNDRED, Decimals.MC)), Decimals.MC);
                // changePct 0 means "hold the base": better is the indicator's polarity.
                yield new Criterion(
                        target,
                        threshold,
                        null,
                        sign != 0 ? sign : indicator.polarity().sign());
            }
            case ANNUAL_CHANGE ->
                new Criterion(
                        target,
                        target.changePerYear(),
                        null,
                        target.changePerYear().signum());
            case AT_LEAST_REFERENCE -> new Criterion(target, BigDecimal.ZERO, null, 1, referenceName);
            case APPROX_REFERENCE ->
                new Criterion(
                        target,
                        BigDecimal.ZERO,
                        target.tolerance() != null
                                ? target.tolerance()
                                : referenceValue == null
                                        ? null
                                        : referenceValue.abs().multiply(DEFAULT_APPROX_TOLERANCE),
                        0,
                        referenceName);
            case QUALITATIVE -> new Criterion(target, null, null, 0);
            // drafted by the parser, not adopted into plans until the engine judges them
        };
    }

    private static BigDecimal approxTolerance(Target target) {
        if (target.tolerance() != null) {
            return target.tolerance();
        }
        return target.value().abs().multiply(DEFAULT_APPROX_TOLERANCE); // exact: a product of two decimals
    }

    /** The value judged against, exact; null for trend kinds and for a relative change with no base. */
    BigDecimal value() {
        return value;
    }

    /**
     * The value as reported: a computed RELATIVE_CHANGE threshold at four decimals, a stated value as stated; null for
     * ANNUAL_CHANGE (its bound is the changePerYear) and the *_REFERENCE kinds (compared with another indicator).
     */
    BigDecimal shown() {
        return switch (target.kind()) {
            case RELATIVE_CHANGE -> Decimals.round(value, Decimals.VALUE_SCALE);
            case ANNUAL_CHANGE, AT_LEAST_REFERENCE, APPROX_REFERENCE -> null;
            default -> value;
        };
    }

    TargetKind kind() {
        return target.kind();
    }

    BigDecimal tolerance() {
        return tolerance;
    }

    int direction() {
        return direction;
    }

    boolean meets(BigDecimal x) {
        return value != null && (direction != 0 || tolerance != null) && meets(x, value);
    }

    /** Whether x meets v under this target's comparison (used for milestones with their own v). */
    boolean meets(BigDecimal x, BigDecimal v) {
        int c = x.compareTo(v);
        if (direction == 0) {
            return x.subtract(v).abs().compareTo(tolerance) <= 0;
        }
        if (direction < 0) {
            return target.strict() ? c < 0 : c <= 0;
        }
        return target.strict() ? c > 0 : c >= 0;
    }

    /**
     * How far x is from meeting the target, in the indicator's unit (≤ 0 when it meets); for the trend kinds, which
     * have no value, how much worse than the baseline x is. Orders sub-jurisdictions of the same status.
     */
    BigDecimal shortfall(BigDecimal x, BigDecimal baseline) {
        if (value == null) {
            return baseline.subtract(x).multiply(BigDecimal.valueOf(direction));
        }
        if (direction == 0) {
            return x.subtract(value).abs().subtract(tolerance);
        }
        return value.subtract(x).multiply(BigDecimal.valueOf(direction));
    }

    /** The sign of the change that brings x closer to meeting the target. */
    int improvingSign(BigDecimal x) {
        return direction != 0 ? direction : value.compareTo(x);
    }

    /**
     * The target as a clerk reads it: "≤5‰", "低于5‰", "95%左右（±1个百分点）", "较2020年下降20%（≤3.2‰）",
     * "每年降低0.5个百分点以上", "不低于党员总数中女性比例". A difference of percentages is in 个百分点.
     */
    String describe(Unit unit, int baseYear) {
        String u = Explanation.unitSuffix(unit);
        String du = Explanation.differenceSuffix(unit);
        String v = Decimals.plain(shown()) + u;
        return switch (target.kind()) {
            case AT_MOST -> (target.strict() ? "<" : "≤") + v;
            case AT_LEAST -> (target.strict() ? ">" : "≥") + v;
            case APPROX -> v + "左右（±" + Decimals.plain(tolerance) + du + "）";
            case ANNUAL_CHANGE -> "每年" + (direction < 0 ? "降低" : "提高") + Decimals.plain(value.abs()) + du + "以上";
            case AT_LEAST_REFERENCE -> "不低于" + referenceName;
            case APPROX_REFERENCE ->
                "与" + referenceName + "相当（±"
                        + (tolerance == null
                                ? "其10%"
                                : Decimals.plain(Decimals.round(tolerance, Decimals.VALUE_SCALE)) + du)
                        + "）";
            case RELATIVE_CHANGE ->
                "较" + baseYear + "年" + (target.changePct().signum() < 0 ? "下降" : "提高")
                        + Decimals.plain(target.changePct().abs()) + "%"
                        + (value == null ? "" : "（" + (direction < 0 ? "≤" : "≥") + v + "）");
            case TREND_DOWN -> "逐步下降";
            case TREND_UP -> "逐步提高";
            case GAP_NARROWING -> "差距逐步缩小";
            case QUALITATIVE -> "定性目标";
        };
    }
}
