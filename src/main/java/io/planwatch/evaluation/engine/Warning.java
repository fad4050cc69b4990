package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One early warning with the numbers behind it. {@code year} may be null (STALE with no data at all);
 * {@code jurisdiction} is set when the warning comes from a sub-jurisdiction of an EACH target.
 * {@code numbers} keeps insertion order so the wire shows them in a readable order. {@code assessment} is the
 * judgement behind a qualitative target's status warning (a level is not a number), null otherwise.
 */
public record Warning(
        WarningCode code,
        Integer year,
        String jurisdiction,
        String message,
        Map<String, BigDecimal> numbers,
        Assessment assessment) {

    public Warning {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    public Warning(
            WarningCode code, Integer year, String jurisdiction, String message, Map<String, BigDecimal> numbers) {
        this(code, year, jurisdiction, message, numbers, null);
    }

    Warning inJurisdiction(String code) {
        return new Warning(this.code, year, code, code + "：" + message, numbers, assessment);
    }
}
