package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The engine's one arithmetic convention: DECIMAL64 while computing, fixed scales on what it reports. */
final class Decimals {
    static final MathContext MC = MathContext.DECIMAL64;
    /** Projections and computed thresholds: four decimals, finer than any unit the plans publish. */
    static final int VALUE_SCALE = 4;
    /** progressSoFar, anticipatedProgress, relative changes and shares. */
    static final int RATIO_SCALE = 4;
    /** The Open SDG progress value: CAGRs near the 0.005 threshold need six decimals to be read. */
    static final int PROGRESS_VALUE_SCALE = 6;

    static final int SCORE_SCALE = 4;

    private Decimals() {}

    static BigDecimal round(BigDecimal x, int scale) {
        return x == null ? null : x.setScale(scale, RoundingMode.HALF_UP);
    }

    static BigDecimal ofDouble(double x, int scale) {
        return new BigDecimal(x).setScale(scale, RoundingMode.HALF_UP);
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }

    /** A ratio (a / b) at the ratio scale, or null when b is zero. */
    static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : round(a.divide(b, MC), RATIO_SCALE);
    }

    /** For messages: 2.41 rather than 2.4100. */
    static String plain(BigDecimal x) {
        return x == null ? "—" : x.stripTrailingZeros().toPlainString();
    }
}
