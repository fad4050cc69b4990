package io.planwatch.plandraft.parser;

/** Which direction of an indicator is progress. */
public enum Polarity { LOWER_IS_BETTER, HIGHER_IS_BETTER }
