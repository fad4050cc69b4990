package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.Objects;

/** One yearly value of a series. */
public record Point(int year, BigDecimal value) {
    public Point {
        Objects.requireNonNull(value, "value");
    }
}
