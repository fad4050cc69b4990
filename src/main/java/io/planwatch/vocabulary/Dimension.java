package io.planwatch.vocabulary;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    /** The words clerks and plan texts use for the closed codes (农村/城镇, 男/女). */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("男", "M"),
            Map.entry("男性", "M"),
            Map.entry("男童", "M"),
            Map.entry("女", "F"),
            Map.entry("女性", "F"),
            Map.entry("女童", "F"),
            Map.entry("城镇", "URBAN"),
            Map.entry("城市", "URBAN"),
            Map.entry("农村", "RURAL"),
            Map.entry("乡村", "RURAL"),
            Map.entry("是", "YES"),
            Map.entry("有", "YES"),
            Map.entry("残疾", "YES"),
            Map.entry("否", "NO"),
            Map.entry("无", "NO"),
            Map.entry("非残疾", "NO"));
    /** The one word a sentence uses for each closed code. */
    private static final Map<String, String> WORDS =
            Map.of("M", "男性", "F", "女性", "URBAN", "城镇", "RURAL", "农村", "YES", "残疾人", "NO", "非残疾人");
    /** An age group as plans write it: 0-5岁, 6～11岁, 0至17岁 (a range), 60岁及以上 (open). */
    private static final Pattern AGE_RANGE =
            Pattern.compile("(\\d{1,3})\\s*(?:岁)?\\s*[-—–～~至到]\\s*(\\d{1,3})\\s*(?:岁|周岁)?");

    private static final Pattern AGE_FROM = Pattern.compile("(\\d{1,3})\\s*(?:岁|周岁)\\s*(?:及)?以上");

    private final Set<String> codes;

    Dimension(Set<String> codes) {
        this.codes = codes;
    }

    public boolean accepts(String code) {
        return code != null && (codes == null ? FREE_CODE.matcher(code).matches() : codes.contains(code));
    }

    /**
     * The code a clerk meant: the code itself, or the Chinese label of a closed code (农村 → RURAL, 女 → F), or an
     * age group as plans write it (0-5岁 → 0-5, 60岁及以上 → 60+); what is neither is returned as written, to be
     * refused by {@link #accepts}.
     */
    public String code(String written) {
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (codes != null) {
            String label = LABELS.get(text);
            return label != null && codes.contains(label) ? label : text;
        }
        if (this == AGE_GROUP) {
            Matcher range = AGE_RANGE.matcher(text);
            if (range.matches()) {
                return range.group(1) + "-" + range.group(2);
            }
            Matcher from = AGE_FROM.matcher(text);
            if (from.matches()) {
                return from.group(1) + "+";
            }
        }
        return text;
    }

    /**
     * How a code is written in a sentence: the word plans use for it (RURAL → 农村, F → 女性), an age group with its
     * unit (0-5 → 0-5岁, 60+ → 60岁及以上); any other code as it is.
     */
    public String label(String code) {
        if (code == null) {
            return null;
        }
        String word = WORDS.get(code);
        if (word != null && codes != null && codes.contains(code)) {
            return word;
        }
        if (this == AGE_GROUP && code.matches("\\d{1,3}-\\d{1,3}")) {
            return code + "岁";
        }
        if (this == AGE_GROUP && code.matches("\\d{1,3}\\+")) {
            return code.substring(0, code.length() - 1) + "岁及以上";
        }
        return code;
    }

    public String expected() {
        return codes == null
                ? "a code of 1–20 characters A–Z, 0–9, '_', '+' or '-'"
                : "one of " + codes.stream().sorted().toList();
    }
}
