package io.planwatch.vocabulary;

/**
 * Where a target applies: the plan's own jurisdiction, or EACH sub-jurisdiction of {@code level}
 * (以乡镇为单位保持在95%以上: every township must meet it).
 */
public record Scope(ScopeType type, Level level) {

    public static final Scope JURISDICTION = new Scope(ScopeType.JURISDICTION, null);
    public static final Scope EACH_TOWNSHIP = each(Level.TOWNSHIP);
    public static final Scope EACH_COUNTY = each(Level.COUNTY);

    public static Scope each(Level level) {
        return new Scope(ScopeType.EACH, level);
    }

    public boolean isEach() {
        return type == ScopeType.EACH;
    }
}
