package io.planwatch.common;

import java.math.BigDecimal;

/** Values leave the service as the reporter wrote them: DECIMAL(20,6) padding removed, never in E-notation. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal clean(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
