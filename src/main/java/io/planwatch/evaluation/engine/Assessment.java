package io.planwatch.evaluation.engine;

/** A department's yearly judgement of a qualitative target (自评). */
public record Assessment(int year, Level level) {
    public enum Level { ACHIEVED, PROGRESSING, LAGGING, NOT_STARTED }
}
