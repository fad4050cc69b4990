package io.planwatch.evaluation.engine;

/** The warning (预警) codes of docs/design.md "How a target is judged" 5. */
public enum WarningCode {
    AT_RISK,
    REGRESSING,
    NOT_ACHIEVED,
    VOLATILE,
    MAINTAIN_BREACH,
    MILESTONE_MISSED,
    STALE,
    SUBUNIT_FAILING,
    WEAKER_THAN_BASELINE,
    ANNUAL_CHANGE_MISSED
}
