package io.planwatch.vocabulary;

/** Administrative levels, from the top down. */
public enum Level {
    PROVINCE("省"),
    PREFECTURE("市"),
    COUNTY("县（市、区）"),
    TOWNSHIP("乡镇");

    private final String chinese;

    Level(String chinese) {
        this.chinese = chinese;
    }

    /** A child sits exactly one level below its parent. */
    public boolean isDirectlyBelow(Level parent) {
        return ordinal() == parent.ordinal() + 1;
    }

    /** The level as a plan names its units (每个乡镇). */
    public String chinese() {
        return chinese;
    }
}
