package io.planwatch.evaluation.engine;

/**
 * Where a target applies: the plan's own jurisdiction, or EACH sub-jurisdiction of a level
 * (以乡镇为单位…: every township must meet it).
 */
public record Scope(Type type, String level) {
    public enum Type { JURISDICTION, EACH }

    public static final Scope JURISDICTION = new Scope(Type.JURISDICTION, null);

    public static Scope each(String level) {
        return new Scope(Type.EACH, level);
    }

    public boolean isEach() {
        return type == Type.EACH;
    }
}
