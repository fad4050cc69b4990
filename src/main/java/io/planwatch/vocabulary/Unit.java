package io.planwatch.vocabulary;

import java.math.BigDecimal;

/**
 * Units the plans state targets in. Rates carry the natural range an indicator falls back to when it sets no
 * min/max of its own (a percentage is 0–100 unless the indicator says otherwise, e.g. gross enrolment ratios).
 */
public enum Unit {
    PERCENT("%", 0, 100),
    PER_MILLE("‰", 0, 1000),
    PER_10K("/万", 0, 10_000),
    PER_100K("/10万", 0, 100_000),
    PER_1000_CHILDREN("/千名儿童", 0, null),
    PER_1000_POPULATION("/千人口", 0, null),
    COUNT("", 0, null),
    HOURS("小时", 0, null),
    RATIO("", null, null),
    YEARS("年", 0, null),
    NONE("", null, null);

    private final String symbol;
    private final BigDecimal naturalMin;
    private final BigDecimal naturalMax;

    Unit(String symbol, Integer naturalMin, Integer naturalMax) {
        this.symbol = symbol;
        this.naturalMin = naturalMin == null ? null : BigDecimal.valueOf(naturalMin);
        this.naturalMax = naturalMax == null ? null : BigDecimal.valueOf(naturalMax);
    }

    /**
     * How a difference of two values of this unit is written: a change of a percentage is in 个百分点 (percentage
     * points), of a per-mille rate in 个千分点; other units write the difference as the value.
     */
    public String differenceSymbol() {
        return switch (this) {
            case PERCENT -> "个百分点";
            case PER_MILLE -> "个千分点";
            default -> symbol;
        };
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal naturalMin() {
        return naturalMin;
    }

    public BigDecimal naturalMax() {
        return naturalMax;
    }
}
