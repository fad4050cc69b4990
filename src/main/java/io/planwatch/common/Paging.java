package io.planwatch.common;

/** Page-size rules shared by every list. */
public final class Paging {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private Paging() {
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
