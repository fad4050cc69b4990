package io.planwatch.evaluation.engine;

import java.math.BigDecimal;

/** The trend value expected in the target year; {@code method} is always "OLS" for now. */
public record Projected(int year, BigDecimal value, String method) {}
