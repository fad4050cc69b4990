package io.planwatch.evaluation.engine;

/** The rule that decided a status: a stable machine code for front-ends and reports. */
public enum Rule {
    NO_VALUE_AS_OF,
    LATEST_MEETS_TARGET,
    TARGET_YEAR_PASSED,
    SINGLE_VALUE,
    MOVING_WRONG_WAY,
    PROJECTION_MEETS_TARGET,
    PROJECTION_MISSES_TARGET,
    TREND_RIGHT_WAY_AND_BETTER,
    TREND_AT_LIMIT,
    TREND_WRONG_WAY,
    TREND_NOT_BETTER_THAN_BASELINE,
    /** ANNUAL_CHANGE: the average yearly change since the baseline meets changePerYear. */
    ANNUAL_CHANGE_MET,
    /** ANNUAL_CHANGE: moving the right way, but by less a year than changePerYear. */
    ANNUAL_CHANGE_TOO_SMALL,
    /** ANNUAL_CHANGE: not moving the way changePerYear asks. */
    ANNUAL_CHANGE_WRONG_WAY,
    /** *_REFERENCE: the target's indicator has values, the reference has none for those years. */
    NO_REFERENCE_VALUE,
    ASSESSMENT,
    NO_ASSESSMENT,
    WORST_SUBUNIT
}
