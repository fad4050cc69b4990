package io.planwatch.plandraft.parser;

/**
 * Where a target must hold: for the plan's jurisdiction as a whole, or for EACH sub-jurisdiction of
 * {@code level} (以乡镇为单位保持在95%以上 means every township).
 */
public record Scope(Type type, String level) {
    public enum Type { JURISDICTION, EACH }

    public static final Scope JURISDICTION = new Scope(Type.JURISDICTION, null);
    public static final Scope EACH_TOWNSHIP = new Scope(Type.EACH, "TOWNSHIP");
    public static final Scope EACH_COUNTY = new Scope(Type.EACH, "COUNTY");
}
