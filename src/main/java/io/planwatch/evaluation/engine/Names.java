package io.planwatch.evaluation.engine;

import java.util.Map;

/**
 * How the codes an explanation mentions are written for its reader: the categories of a dimension (RURAL → 农村) and
 * sub-jurisdictions (451221101 → 中渡镇). The caller passes them in with the input; a code without a name is written
 * as the code.
 */
public record Names(Map<String, String> categories, Map<String, String> jurisdictions) {
    public static final Names NONE = new Names(Map.of(), Map.of());

    public Names {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        jurisdictions = jurisdictions == null ? Map.of() : Map.copyOf(jurisdictions);
    }

    String category(String code) {
        return categories.getOrDefault(code, code);
    }

    String jurisdiction(String code) {
        return jurisdictions.getOrDefault(code, code);
    }
}
