package io.planwatch.vocabulary;

/** How a plan text states a target; docs/evaluation.md and DESIGN.md "Target kinds" give the wording behind each. */
public enum TargetKind {
    AT_MOST,
    AT_LEAST,
    APPROX,
    RELATIVE_CHANGE,
    TREND_DOWN,
    TREND_UP,
    GAP_NARROWING,
    QUALITATIVE,
    /** 每年降低0.5个百分点以上: every year's change is at least {@code changePerYear} (signed) in its direction. */
    ANNUAL_CHANGE,
    /** 不低于本地区党员总数中女性比例: x ≥ r, r the {@code reference} indicator's value of the same jurisdiction and year. */
    AT_LEAST_REFERENCE,
    /** 与女职工比例相适应: abs(x − r) ≤ tolerance (default 10 % of r). */
    APPROX_REFERENCE;

    /** Kinds that compare against a stated value. */
    public boolean needsValue() {
        return this == AT_MOST || this == AT_LEAST || this == APPROX;
    }

    /** Kinds whose text carries a number to compare with; the others are judged by direction, reference or assessment. */
    public boolean isNumeric() {
        return needsValue() || this == RELATIVE_CHANGE || this == ANNUAL_CHANGE;
    }

    /** Kinds compared, year by year, with another indicator's value (the {@code reference}). */
    public boolean isReference() {
        return this == AT_LEAST_REFERENCE || this == APPROX_REFERENCE;
    }

    /** Kinds judged by the direction of the series rather than against a value. */
    public boolean isTrend() {
        return this == TREND_DOWN || this == TREND_UP || this == GAP_NARROWING;
    }

    /** Kinds judged on observed values; a QUALITATIVE target is judged by a department's assessment. */
    public boolean isMeasured() {
        return this != QUALITATIVE;
    }
}
