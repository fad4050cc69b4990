package io.planwatch.jurisdiction;

/** Administrative levels, from the top down. */
public enum Level {
    PROVINCE, PREFECTURE, COUNTY, TOWNSHIP;

    /** A child sits exactly one level below its parent. */
    public boolean isDirectlyBelow(Level parent) {
        return ordinal() == parent.ordinal() + 1;
    }
}
