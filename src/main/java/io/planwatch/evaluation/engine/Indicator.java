package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the engine needs to know about an indicator. {@code unit} is the unit code of the contract
 * (PERCENT, PER_MILLE …); {@code minValue}, {@code maxValue} and {@code volatilityThreshold} may be null.
 * The volatility threshold is a relative change: 0.20 means 20 %.
 */
public record Indicator(String code, String name, String unit, Polarity polarity,
                        BigDecimal minValue, BigDecimal maxValue, BigDecimal volatilityThreshold) {
    public Indicator {
        Objects.requireNonNull(polarity, "polarity");
    }
}
