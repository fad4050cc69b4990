package io.planwatch.plandraft.parser;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Brings one line of plan text to the single form the rules are written against: simplified characters,
 * half-width digits, letters and punctuation, one kind of dash, no whitespace, no word-processor or PDF
 * residue. Lines are normalised one by one so line numbers stay those of the input.
 */
final class TextNormalizer {

    // Word's bookmark markers survive some conversions to text ("[bookmark: _Toc3378]").
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    // A PDF's glyphs drawn as pictures survive as "[image: ]"; right after a number and before 以上的/以下的 the
    // picture was the per-cent sign of a share written first (003: 实现95[image: ]以上的镇开办…).
    private static final Pattern IMAGE_AS_PERCENT = Pattern.compile("(?<=\\d)\\[image:[^\\]]*\\](?=(?:及以上|以上|以下)?的)");
    private static final Pattern IMAGE = Pattern.compile("\\[image:[^\\]]*\\]");
    // Footnote marks (托位数达到6个以上¹) would otherwise stick to the number's unit.
    private static final Pattern FOOTNOTE = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]");
    // Spaces inside Chinese text carry no meaning and split numbers from units ("5 岁", "90% 以上").
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00A0\\uFEFF]+");

    private TextNormalizer() {}

    static String normalize(String line) {
        if (line == null) {
            return "";
        }
        String simplified = simplified(line);
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            out.append(halfWidth(simplified.charAt(i)));
        }
        String s = WHITESPACE.matcher(out).replaceAll(""); // first: "95 [image: ] 以上" is a number beside a picture
        s = BOOKMARK.matcher(s).replaceAll("");
        s = IMAGE_AS_PERCENT.matcher(s).replaceAll("%");
        s = IMAGE.matcher(s).replaceAll("");
        return FOOTNOTE.matcher(s).replaceAll("");
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

    /**
     * Traditional characters (a plan copied from a traditional-script page) to simplified, by OpenCC's phrase and character
     * dictionaries. Most lines have none: a table of the characters OpenCC would change decides that in one pass, so a
     * megabyte of simplified text costs no dictionary look-up.
     */
    private static String simplified(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= CJK_FIRST && c <= CJK_LAST && Traditional.CHARS.get(c - CJK_FIRST)) {
                return ZhConverterUtil.toSimple(line);
            }
        }
        return line;
    }

    private static final char CJK_FIRST = '\u4E00';
    private static final char CJK_LAST = '\u9FFF';

    /** The unified ideographs OpenCC maps to another character, built once on first use. */
    private static final class Traditional {
        static final BitSet CHARS = build();

        private static BitSet build() {
            BitSet set = new BitSet(CJK_LAST - CJK_FIRST + 1);
            for (char c = CJK_FIRST; c <= CJK_LAST; c++) {
                if (ZhConverterUtil.isTraditional(c) && !ZhConverterUtil.isSimple(c)) {
                    set.set(c - CJK_FIRST);
                }
            }
            return set;
        }
    }

    private static char halfWidth(char c) {
        char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c; // full-width ASCII maps one to one
        return switch (h) {
            case '\u2014', '\u2013', '\u2212', '\u301C', '~', '\u2500' -> '-'; // 1—2个, 0～6岁: one dash for ranges
            default -> h;
        };
    }
}
