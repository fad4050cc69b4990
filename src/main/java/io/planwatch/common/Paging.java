package io.planwatch.common;

/** Page-size and filter rules shared by every list. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private Paging() {
    }

    /**
     * A LIKE pattern matching names that contain the text literally: '%' and '_' in a search for "5%" or "0_6岁"
     * are characters, not wildcards (backslash is the default LIKE escape of MySQL and MariaDB).
     */
    public static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "OUT_OF_RANGE", "limit must be between 1 and " + MAX_LIMIT + ", was " + requested);
        }
        return requested;
    }
}
