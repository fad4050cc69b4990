package io.planwatch.evaluation.engine;

import java.math.BigDecimal;

/** The value progress is measured from; {@code imputed} when the plan's baseline year had no value. */
public record Baseline(int year, BigDecimal value, boolean imputed) {}
