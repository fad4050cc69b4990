package io.planwatch.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An intermediate value a target must reach by a year (e.g. the 2025 mid-term). */
@Embeddable
public class Milestone {

    @Column(name = "milestone_year", nullable = false)
    public int year;

    @Column(name = "milestone_value", nullable = false)
    public BigDecimal value;

    public Milestone() {}

    public Milestone(int year, BigDecimal value) {
        this.year = year;
        this.value = value;
    }
}
