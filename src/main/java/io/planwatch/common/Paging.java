package io.planwatch.common;

/** Page-size and filter rules shared by every list. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private Paging() {}

    /** The escape character of every LIKE this service writes: {@code like :name escape '!'}. */
    public static final String LIKE_ESCAPE = " escape '!'";

    /**
     * A LIKE pattern matching text that contains the given text literally: '%' and '_' in a search for "5%" or
     * "0_6岁" are characters, not wildcards. The escape is '!' and named in the query ({@link #LIKE_ESCAPE}):
     * Hibernate adds {@code escape ''} to a LIKE that names none on MySQL, which would disable a backslash.
     */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** The text as a LIKE pattern that matches only itself. */
    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.invalid(
                    "limit",
                    FieldErrorCode.OUT_OF_RANGE,
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + requested);
        }
        return requested;
    }
}
