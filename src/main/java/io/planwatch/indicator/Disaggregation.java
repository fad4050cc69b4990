package io.planwatch.indicator;

import io.planwatch.common.Messages;
import io.planwatch.vocabulary.Dimension;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A disaggregation such as {SEX=F, AREA=RURAL}, stored as one canonical key ("AREA=RURAL;SEX=F", dimensions in
 * name order, "" for the total) so the natural key of an observation is a plain unique index.
 */
public final class Disaggregation {

    public static final String TOTAL = "";

    private Disaggregation() {}

    public static String key(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return TOTAL;
        }
        StringBuilder key = new StringBuilder();
        new TreeMap<>(values)
                .forEach((dimension, code) -> key.append(key.isEmpty() ? "" : ";")
                        .append(dimension)
                        .append('=')
                        .append(code));
        return key.toString();
    }

    public static Map<String, String> parse(String key) {
        Map<String, String> values = new TreeMap<>();
        if (key != null && !key.isEmpty()) {
            for (String pair : key.split(";")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    /** @return why the values don't fit the accepted dimensions, or null when they do */
    public static String problem(Map<String, String> values, Set<Dimension> accepted, String indicatorCode) {
        if (values == null) {
            return null;
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            Dimension dimension = dimensionNamed(entry.getKey());
            if (dimension == null || !accepted.contains(dimension)) {
                return Messages.text(
                        "row.dimensionNotAccepted",
                        indicatorCode,
                        entry.getKey(),
                        accepted.isEmpty()
                                ? Messages.text("row.dimensionNone")
                                : accepted.stream().map(Enum::name).sorted().toList());
            }
            if (!dimension.accepts(entry.getValue())) {
                return Messages.text("row.dimensionCodeUnknown", entry.getValue(), dimension, dimension.expected());
            }
        }
        return null;
    }

    private static Dimension dimensionNamed(String name) {
        for (Dimension d : Dimension.values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
