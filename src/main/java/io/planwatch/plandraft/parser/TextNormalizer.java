package io.planwatch.plandraft.parser;

import java.util.regex.Pattern;

/**
 * Brings one line of plan text to the single form the rules are written against: half-width digits,
 * letters and punctuation, one kind of dash, no whitespace, no word-processor residue. Lines are
 * normalised one by one so line numbers stay those of the input.
 */
final class TextNormalizer {

    // Word's bookmark markers survive some conversions to text ("[bookmark: _Toc3378]").
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    // Footnote marks (托位数达到6个以上¹) would otherwise stick to the number's unit.
    private static final Pattern FOOTNOTE = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]");
    // Spaces inside Chinese text carry no meaning and split numbers from units ("5 岁", "90% 以上").
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0\\uFEFF]+");

    private TextNormalizer() {
    }

    static String normalize(String line) {
        if (line == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            out.append(halfWidth(line.charAt(i)));
        }
        String s = BOOKMARK.matcher(out).replaceAll("");
        s = FOOTNOTE.matcher(s).replaceAll("");
        return WHITESPACE.matcher(s).replaceAll("");
    }

    /** Bookmark names sometimes hold the only copy of a heading (seed 003): keep them for the structure reader. */
    static String bookmarkText(String line) {
        StringBuilder names = new StringBuilder();
        var m = BOOKMARK.matcher(line == null ? "" : line);
        while (m.find()) {
            String name = m.group().substring("[bookmark:".length(), m.group().length() - 1);
            names.append(normalize(name)).append('\n');
        }
        return names.toString();
    }

    private static char halfWidth(char c) {
        char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c; // full-width ASCII maps one to one
        return switch (h) {
            case '\u2014', '\u2013', '\u2212', '\u301C', '~', '\u2500' -> '-'; // 1—2个, 0～6岁: one dash for ranges
            default -> h;
        };
    }
}
