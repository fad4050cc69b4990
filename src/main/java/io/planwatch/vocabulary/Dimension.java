package io.planwatch.vocabulary;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Disaggregation dimensions an indicator may accept, with the codes each allows. AGE_GROUP codes are free-form
 * (e.g. 0-5, 6-11) but must be short codes, not prose.
 */
public enum Dimension {
    SEX(Set.of("M", "F")),
    AREA(Set.of("URBAN", "RURAL")),
    AGE_GROUP(null),
    ETHNICITY(null),
    DISABILITY(Set.of("YES", "NO"));

    private static final Pattern FREE_CODE = Pattern.compile("[A-Z0-9_+\\-]{1,20}");

    private final Set<String> codes;

    Dimension(Set<String> codes) {
        this.codes = codes;
    }

    public boolean accepts(String code) {
        return code != null && (codes == null ? FREE_CODE.matcher(code).matches() : codes.contains(code));
    }

    public String expected() {
        return codes == null ? "a code of 1–20 characters A–Z, 0–9, '_', '+' or '-'" : "one of " + codes.stream().sorted().toList();
    }
}
