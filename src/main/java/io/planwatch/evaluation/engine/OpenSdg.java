package io.planwatch.evaluation.engine;

import java.math.BigDecimal;

/**
 * The Open SDG progress measure: {@code value} is the progress value P (null when not computable),
 * {@code status} one of target_achieved, substantial_progress, moderate_progress, limited_progress,
 * deterioration, not_available; {@code score} in [−5, 5] or null.
 */
public record OpenSdg(BigDecimal value, String status, BigDecimal score) {

    public static final String TARGET_ACHIEVED = "target_achieved";
    public static final String SUBSTANTIAL = "substantial_progress";
    public static final String MODERATE = "moderate_progress";
    public static final String LIMITED = "limited_progress";
    public static final String DETERIORATION = "deterioration";
    public static final String NOT_AVAILABLE = "not_available";

    public static OpenSdg notAvailable() {
        return new OpenSdg(null, NOT_AVAILABLE, null);
    }
}
