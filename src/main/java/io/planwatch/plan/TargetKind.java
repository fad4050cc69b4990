package io.planwatch.plan;

/** How a plan text states a target; DESIGN.md "Target kinds" gives the wording behind each. */
public enum TargetKind {
    AT_MOST, AT_LEAST, APPROX, RELATIVE_CHANGE, TREND_DOWN, TREND_UP, GAP_NARROWING, QUALITATIVE;

    /** Kinds that compare against a stated value. */
    public boolean needsValue() {
        return this == AT_MOST || this == AT_LEAST || this == APPROX;
    }
}
