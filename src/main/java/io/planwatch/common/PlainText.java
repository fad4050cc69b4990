package io.planwatch.common;

/**
 * What text the API stores: Unicode characters, with tabs and line breaks but no other C0 control character. A lone
 * UTF-16 surrogate (a JSON "\ud800" without its pair) is no character: the database would store it as '?' while the
 * answer echoed the original. A NUL or an escape sequence in a name breaks the exports and the screens that show it.
 */
public final class PlainText {

    private PlainText() {}

    /** Why this text is refused, in the API's words, or null when it is plain text. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format(
                        "holds a lone UTF-16 surrogate (\\u%04x at character %d), which is no character: send well-formed Unicode",
                        (int) c, i + 1);
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format(
                        "holds the control character U+%04X at character %d: text may hold tabs and line breaks, no other control characters",
                        (int) c, i + 1);
            }
        }
        return null;
    }
}
