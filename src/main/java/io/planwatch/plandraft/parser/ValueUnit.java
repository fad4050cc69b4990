package io.planwatch.plandraft.parser;

/** Units a target value is written in; names match the indicator units of the wire contract. */
public enum ValueUnit {
    PERCENT, PER_MILLE, PER_10K, PER_100K, PER_1000_CHILDREN, PER_1000_POPULATION, COUNT, HOURS, RATIO, YEARS, NONE
}
