package io.planwatch.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decimals.clean removes padding exactly as stripTrailingZeros would, without a negative scale. */
class DecimalsTest {

    @ParameterizedTest
    @CsvSource({
        "12.50000000000000000000, 12.5",
        "100.00000000000000000000, 100",
        "0.00000000000000000000, 0",
        "-0.02449929437747720000, -0.0244992943774772",
        "224.96470440988500000000, 224.964704409885",
        "1E+2, 100",
        "-3000, -3000",
        "5, 5",
        "0.1, 0.1",
        "99999999999999.99999999999999999999, 99999999999999.99999999999999999999"
    })
    void paddingIsRemovedAndTheScaleNeverNegative(String stored, String clean) {
        BigDecimal cleaned = Decimals.clean(new BigDecimal(stored));
        assertEquals(clean, cleaned.toPlainString());
        assertEquals(new BigDecimal(clean).scale(), cleaned.scale(), stored);
        if (!stored.contains("E")) {
            assertEquals(cleaned, Decimals.stored(stored), "as the database writes it: " + stored);
        }
    }

    @Test
    void aRandomStoredValueCleansAsStripTrailingZerosDoes() {
        Random random = new Random(20261202);
        for (int i = 0; i < 100_000; i++) {
            BigDecimal sent = BigDecimal.valueOf(random.nextLong() % 1_000_000_000_000_000L, random.nextInt(21));
            BigDecimal stored = sent.setScale(20);
            BigDecimal expected = sent.stripTrailingZeros();
            expected = expected.scale() < 0 ? expected.setScale(0) : expected;
            assertEquals(expected, Decimals.clean(stored), stored.toPlainString());
            assertEquals(expected, Decimals.stored(stored.toPlainString()), stored.toPlainString());
        }
        assertNull(Decimals.clean(null));
        assertNull(Decimals.stored(null));
    }
}
