package io.planwatch.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Values leave the service as the reporter wrote them: DECIMAL(20,6) padding removed, never in E-notation; and
 * enter it only when they fit the column that stores them.
 */
public final class Decimals {

    /** DECIMAL(20,6): values, targets, bounds, tolerances. */
    public static final int VALUE_INTEGER_DIGITS = 14;

    public static final int VALUE_FRACTION_DIGITS = 6;
    /**
     * DECIMAL(34,20): observed values, at most 15 significant digits (what a double carries exactly, and what
     * spreadsheets and statistics packages export) within 14 integer and 20 decimal digits.
     */
    public static final int OBSERVATION_SIGNIFICANT_DIGITS = 15;

    public static final int OBSERVATION_FRACTION_DIGITS = 20;
    /** DECIMAL(9,4): percentages of change and relative thresholds. */
    public static final int RATE_INTEGER_DIGITS = 5;

    public static final int RATE_FRACTION_DIGITS = 4;

    private Decimals() {}

    /**
     * Whether the value, trailing zeros aside, has at most that many integer and decimal digits. Counted in long:
     * 1e2147483647 overflows int arithmetic, and an exponent that large cannot even have its zeros stripped.
     */
    public static boolean fits(BigDecimal value, int integerDigits, int fractionDigits) {
        return problem(value, integerDigits, fractionDigits) == null;
    }

    /** Why the value does not fit its column (which digits, how many, how many are allowed); null when it fits. */
    public static String problem(BigDecimal value, int integerDigits, int fractionDigits) {
        if (Math.abs((long) value.scale()) > 1000) {
            return "its exponent is far outside " + integerDigits + " integer and " + fractionDigits
                    + " decimal digits";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long integer = (long) stripped.precision() - stripped.scale();
        if (integer > integerDigits) {
            return "it has " + integer + " integer digits; at most " + integerDigits + " are stored";
        }
        if (stripped.scale() > fractionDigits) {
            return "it has " + stripped.scale() + " decimal digits; at most " + fractionDigits + " are stored";
        }
        return null;
    }

    /** Why an observed value is not stored as sent: more than 15 significant digits, or outside DECIMAL(34,20); null when it is. */
    public static String observationProblem(BigDecimal value) {
        String problem = problem(value, VALUE_INTEGER_DIGITS, OBSERVATION_FRACTION_DIGITS);
        if (problem != null) {
            return problem;
        }
        int significant = value.stripTrailingZeros().precision();
        return significant > OBSERVATION_SIGNIFICANT_DIGITS
                ? "it has " + significant + " significant digits; at most " + OBSERVATION_SIGNIFICANT_DIGITS
                        + " are stored"
                : null;
    }

    /** Reports a value that does not fit its column; the message quotes it in E-notation, never a billion digits. */
    public static void check(
            String field, BigDecimal value, int integerDigits, int fractionDigits, List<FieldError> errors) {
        String problem = value == null ? null : problem(value, integerDigits, fractionDigits);
        if (problem != null) {
            errors.add(FieldError.of(field, FieldErrorCode.TOO_PRECISE, field + " " + value + ": " + problem));
        }
    }

    /**
     * A stored DECIMAL as the database writes it ("12.50000000000000000000"), cleaned as {@link #clean} would, without
     * the BigInteger arithmetic of decoding twenty decimals first: a value of up to 18 significant digits is parsed
     * from its short text into a compact BigDecimal.
     */
    public static BigDecimal stored(String text) {
        if (text == null) {
            return null;
        }
        int end = text.length();
        if (text.indexOf('.') >= 0) {
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
        }
        BigDecimal value = new BigDecimal(text.substring(0, end));
        return value.signum() == 0 ? BigDecimal.ZERO : value;
    }

    /**
     * The value without trailing zeros, never with a negative scale (100, not 1E+2). A stored observation comes with
     * DECIMAL(34,20)'s twenty decimals: {@link BigDecimal#stripTrailingZeros} removes them one division by ten at a
     * time, which was the largest single cost of a cold evaluation (27,720 values); the zeros are counted in the
     * digits instead and removed by one exact division.
     */
    public static BigDecimal clean(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        int scale = value.scale();
        if (scale > 0 && scale <= OBSERVATION_FRACTION_DIGITS * 2) {
            String digits = value.unscaledValue().toString();
            int last = digits.length() - 1;
            int zeros = 0;
            while (zeros < scale && digits.charAt(last - zeros) == '0') {
                zeros++;
            }
            return zeros == 0 ? value : value.setScale(scale - zeros, RoundingMode.UNNECESSARY);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
