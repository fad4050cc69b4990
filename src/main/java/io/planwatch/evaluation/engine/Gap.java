package io.planwatch.evaluation.engine;

/** The two categories of one dimension whose distance a GAP_NARROWING target wants to shrink (AREA: RURAL vs URBAN). */
public record Gap(String dimension, String a, String b) {}
