package io.planwatch.indicator;

/** Which way is progress. */
public enum Polarity {
    LOWER_IS_BETTER, HIGHER_IS_BETTER
}
