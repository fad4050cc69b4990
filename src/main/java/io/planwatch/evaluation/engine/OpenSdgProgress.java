package io.planwatch.evaluation.engine;

import java.math.BigDecimal;

/**
 * The Open SDG progress measure (Statistics Canada's method as open-sdg's sdg-build computes it), so a plan's
 * progress reads on the same scale as national SDG platforms. Powers need doubles; results come back as BigDecimal.
 */
public final class OpenSdgProgress {
    private static final double ZERO_REPLACEMENT = 0.001;
    private static final double LIMIT_EXPONENT = 4.44;

    private OpenSdgProgress() {}

    /**
     * @param series     values with year ≤ asOf
     * @param baseYear   the plan's baseline year; the first later year with data stands in when it has none
     * @param target     the target value (method 2), or null (method 1, trend targets)
     * @param targetYear the year the target value is due
     * @param direction  +1 when higher is better, −1 when lower is better
     * @param limit      method 1's natural limit (maxValue when higher is better, minValue otherwise), or null
     */
    public static OpenSdg measure(
            Series series, int baseYear, BigDecimal target, int targetYear, int direction, BigDecimal limit) {
        Point current = series.latest();
        if (current == null) {
            return OpenSdg.notAvailable();
        }
        Double t = target == null ? null : zeroToSmall(target.doubleValue());
        double cur = current.value().doubleValue();
        // As sdg-build: target_achieved is checked before anything else and scores 5 even without a trend.
        boolean achieved = t != null && (direction < 0 ? cur <= t : cur >= t);
        Double p = progressValue(series.from(baseYear).earliest(), current, t, targetYear, direction);
        if (achieved) {
            return new OpenSdg(
                    p == null ? null : Decimals.ofDouble(p, Decimals.PROGRESS_VALUE_SCALE),
                    OpenSdg.TARGET_ACHIEVED,
                    score(5));
        }
        if (p == null) {
            return OpenSdg.notAvailable();
        }
        double c = t != null
                ? 1
                : coefficient(series.from(baseYear).earliest().value().doubleValue(), limit);
        return new OpenSdg(
                Decimals.ofDouble(p, Decimals.PROGRESS_VALUE_SCALE),
                status(p, t != null, c),
                score(t != null ? scoreWithTarget(p) : scoreWithoutTarget(p, c)));
    }

    private static Double progressValue(Point base, Point current, Double t, int targetYear, int direction) {
        if (base == null || base.year() >= current.year()) {
            return null; // fewer than two years from the base year on
        }
        double b = base.value().doubleValue();
        int sign = b < 0 ? -1 : 1;
        b = zeroToSmall(b);
        double cur = current.value().doubleValue();
        if ((b > 0 && cur < 0) || (b < 0 && cur > 0)) {
            return null;
        }
        double observed = cagr(cur, b, current.year(), base.year());
        if (t == null) {
            return finite(sign * direction * observed);
        }
        if (targetYear <= base.year()) {
            return null; // a base year at or after the target year leaves no time to grow in: CAGR(v) has no meaning
        }
        double required = cagr(t, b, targetYear, base.year());
        // A target equal to the base asks for no growth: the ratio has no meaning (sdg-build would divide by 0).
        return required == 0 ? null : finite(sign * direction * observed / Math.abs(required));
    }

    static double cagr(double v1, double v0, int t1, int t0) {
        return Math.pow(v1 / v0, 1.0 / (t1 - t0)) - 1;
    }

    /** C, which shrinks method 1's thresholds as the base approaches the natural limit. */
    static double coefficient(double base, BigDecimal limit) {
        if (limit == null) {
            return 1;
        }
        double b = Math.abs(base);
        double l = Math.abs(limit.doubleValue());
        if (b >= 2 * l) {
            return 1; // checked first so a zero base with a zero limit gives 1, as sdg-build does
        }
        if (b <= l) {
            return 1 - Math.pow(b / l, LIMIT_EXPONENT);
        }
        return 1 - Math.pow((2 * l - b) / l, LIMIT_EXPONENT);
    }

    private static String status(double p, boolean withTarget, double c) {
        double high = withTarget ? 0.95 : 0.015 * c;
        double med = withTarget ? 0.6 : 0.005 * c;
        if (p >= high) {
            return OpenSdg.SUBSTANTIAL;
        }
        if (p >= med) {
            return OpenSdg.MODERATE;
        }
        return p >= 0 ? OpenSdg.LIMITED : OpenSdg.DETERIORATION;
    }

    private static double scoreWithTarget(double p) {
        return p >= 0.6 ? Math.min(7.1429 * p - 4.2857, 5) : Math.max(4.1667 * p - 2.5, -5);
    }

    private static double scoreWithoutTarget(double p, double c) {
        if (p < 0) {
            return Math.max(125 * p - 2.5, -5);
        }
        if (c == 0) {
            return 5;
        }
        if (p >= 0.015 * c) {
            return Math.min(500 * p / c - 5, 5);
        }
        if (p >= 0.005 * c) {
            return 250 * p / c - 1.25;
        }
        return 500 * p / c - 2.5;
    }

    private static double zeroToSmall(double v) {
        return v == 0 ? ZERO_REPLACEMENT : v;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static BigDecimal score(double s) {
        return Decimals.ofDouble(s, Decimals.SCORE_SCALE);
    }
}
