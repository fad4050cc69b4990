package io.planwatch.evaluation.engine;

/** How a plan text states a target; see DESIGN.md "Target kinds". */
public enum TargetKind {
    AT_MOST, AT_LEAST, APPROX, RELATIVE_CHANGE, TREND_DOWN, TREND_UP, GAP_NARROWING, QUALITATIVE;

    /** Kinds judged by the direction of the series rather than against a value. */
    public boolean isTrend() {
        return this == TREND_DOWN || this == TREND_UP || this == GAP_NARROWING;
    }

    public boolean isNumeric() {
        return this != QUALITATIVE;
    }
}
