package io.planwatch.vocabulary;

/** How a plan text states a target; docs/evaluation.md and docs/design.md "Target kinds" give the wording behind each. */
public enum TargetKind {
    AT_MOST, AT_LEAST, APPROX, RELATIVE_CHANGE, TREND_DOWN, TREND_UP, GAP_NARROWING, QUALITATIVE;

    /** Kinds that compare against a stated value. */
    public boolean needsValue() {
        return this == AT_MOST || this == AT_LEAST || this == APPROX;
    }

    /** Kinds whose text carries a number to compare with; the others are judged by direction or by assessment. */
    public boolean isNumeric() {
        return needsValue() || this == RELATIVE_CHANGE;
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
