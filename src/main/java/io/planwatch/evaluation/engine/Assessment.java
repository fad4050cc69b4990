package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.AssessmentLevel;

/** A department's yearly judgement of a qualitative target (自评). */
public record Assessment(int year, AssessmentLevel level) {}
