package io.planwatch.vocabulary;

/** JURISDICTION: the plan's own jurisdiction; EACH: every sub-jurisdiction of a level must meet it (以乡镇为单位). */
public enum ScopeType {
    JURISDICTION,
    EACH
}
