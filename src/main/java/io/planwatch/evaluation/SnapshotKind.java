package io.planwatch.evaluation;

/** Why an evaluation was frozen: the yearly report, the 2025 mid-term or the 2030 final evaluation. */
public enum SnapshotKind {
    ANNUAL,
    MIDTERM,
    FINAL;

    /** A mid-term or final evaluation is published as the plan's record: its data should be locked (proposed, not done). */
    public boolean proposesLock() {
        return this != ANNUAL;
    }
}
