package io.planwatch.vocabulary;

/** Which way is progress. */
public enum Polarity {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /** +1 when a rising value is an improvement, −1 otherwise (the d of the Open SDG formulas). */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }
}
