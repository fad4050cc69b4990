package io.planwatch.common;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values leave the service as the reporter wrote them: DECIMAL(20,6) padding removed, never in E-notation; and
 * enter it only when they fit the column that stores them.
 */
public final class Decimals {

    /** DECIMAL(20,6): values, targets, bounds, tolerances. */
    public static final int VALUE_INTEGER_DIGITS = 14;
    public static final int VALUE_FRACTION_DIGITS = 6;
    /** DECIMAL(9,4): percentages of change and relative thresholds. */
    public static final int RATE_INTEGER_DIGITS = 5;
    public static final int RATE_FRACTION_DIGITS = 4;

    private Decimals() {
    }

    /** Whether the value, trailing zeros aside, has at most that many integer and decimal digits. */
    public static boolean fits(BigDecimal value, int integerDigits, int fractionDigits) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.precision() - stripped.scale() <= integerDigits && stripped.scale() <= fractionDigits;
    }

    /** Reports a value that does not fit its column; the message quotes it in E-notation, never a billion digits. */
    public static void check(String field, BigDecimal value, int integerDigits, int fractionDigits, List<FieldError> errors) {
        if (value != null && !fits(value, integerDigits, fractionDigits)) {
            errors.add(FieldError.of(field, "TOO_PRECISE", field + " " + value + " has more than " + integerDigits + " integer or "
                    + fractionDigits + " decimal digits"));
        }
    }

    public static BigDecimal clean(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
