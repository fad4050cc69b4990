package io.planwatch.evaluation.engine;

/** The plan facts an evaluation depends on: its baseline year (2020) and the end of its period (2030). */
public record PlanContext(int baselineYear, int periodEnd) {}
