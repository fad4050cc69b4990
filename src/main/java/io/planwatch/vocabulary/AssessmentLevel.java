package io.planwatch.vocabulary;

/** A department's judgement of a qualitative target; the engine maps it to a status (PROGRESSING → ON_TRACK …). */
public enum AssessmentLevel {
    ACHIEVED,
    PROGRESSING,
    LAGGING,
    NOT_STARTED
}
