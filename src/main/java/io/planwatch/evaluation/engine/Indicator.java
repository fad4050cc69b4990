package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the engine needs to know about an indicator. {@code unit} may be null; {@code minValue}, {@code maxValue} and {@code volatilityThreshold} may be null.
 * The volatility threshold is a relative change: 0.20 means 20 %.
 */
public record Indicator(
        String code,
        String name,
        Unit unit,
        Polarity polarity,
        BigDecimal minValue,
        BigDecimal maxValue,
        BigDecimal volatilityThreshold) {
    public Indicator {
        Objects.requireNonNull(polarity, "polarity");
    }
}
