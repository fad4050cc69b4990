package io.planwatch.plandraft.parser;

/** How a target is met; the same kinds as DESIGN.md "Target kinds". */
public enum TargetKind {
    AT_MOST, AT_LEAST, APPROX, RELATIVE_CHANGE, TREND_DOWN, TREND_UP, GAP_NARROWING, QUALITATIVE;

    /** Kinds that carry a number to compare with; the others are judged by direction or by assessment. */
    public boolean isNumeric() {
        return this == AT_MOST || this == AT_LEAST || this == APPROX || this == RELATIVE_CHANGE;
    }
}
