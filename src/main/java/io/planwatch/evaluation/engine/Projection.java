package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/** Ordinary least squares over yearly values, extended to a target year and clipped to the indicator's range. */
public final class Projection {
    public static final String METHOD = "OLS";
    private static final MathContext MC = Decimals.MC;

    private Projection() {}

    /** Change per year of the least-squares line, unrounded; null with fewer than two values. */
    public static BigDecimal slope(Series s) {
        if (s.size() < 2) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(s.size());
        BigDecimal meanT = s.points().stream()
                .map(p -> BigDecimal.valueOf(p.year()))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(n, MC);
        BigDecimal meanX = mean(s);
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        for (Point p : s.points()) {
            BigDecimal dt = BigDecimal.valueOf(p.year()).subtract(meanT);
            sxy = sxy.add(dt.multiply(p.value().subtract(meanX), MC), MC);
            sxx = sxx.add(dt.multiply(dt, MC), MC);
        }
        return sxy.divide(sxx, MC);
    }

    /** The least-squares line at {@code year}, clipped to [min, max] (either may be null), at four decimals. */
    public static Projected project(Series s, int year, BigDecimal min, BigDecimal max) {
        BigDecimal slope = slope(s);
        if (slope == null) {
            return null;
        }
        BigDecimal meanT = BigDecimal.valueOf(
                        s.points().stream().mapToLong(Point::year).sum())
                .divide(BigDecimal.valueOf(s.size()), MC);
        BigDecimal fitted = mean(s).add(slope.multiply(BigDecimal.valueOf(year).subtract(meanT), MC), MC);
        return new Projected(year, Decimals.round(clip(fitted, min, max), Decimals.VALUE_SCALE), METHOD);
    }

    static BigDecimal clip(BigDecimal x, BigDecimal min, BigDecimal max) {
        if (min != null && x.compareTo(min) < 0) {
            return min;
        }
        if (max != null && x.compareTo(max) > 0) {
            return max;
        }
        return x;
    }

    private static BigDecimal mean(Series s) {
        return s.points().stream()
                .map(Point::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(s.size()), MC);
    }
}
