package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.Objects;

/** An intermediate value the plan asks for in a given year (e.g. 2025 mid-term). */
public record Milestone(int year, BigDecimal value) {
    public Milestone {
        Objects.requireNonNull(value, "value");
    }
}
