package io.planwatch.evaluation.engine;

import java.math.BigDecimal;

/** The latest value at or before the as-of year. */
public record Observed(int year, BigDecimal value) {}
