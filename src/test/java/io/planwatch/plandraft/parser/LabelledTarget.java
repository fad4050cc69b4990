package io.planwatch.plandraft.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand-labelled target of a fixture (src/test/resources/plandraft/labels-NNN.tsv). Two targets are the
 * same when line, kind, value and unit agree; the name is for the reader of a miss report.
 */
record LabelledTarget(int line, String indicator, TargetKind kind, BigDecimal value, ValueUnit unit, boolean strict) {

    /** The key precision and recall compare on; the value is stripped so 3.0 equals 3. */
    String key() {
        return line + "|" + kind + "|" + value.stripTrailingZeros().toPlainString() + "|" + unit;
    }

    static LabelledTarget of(DraftTarget t) {
        return new LabelledTarget(t.line(), t.indicatorName(), t.kind(), t.value(), t.unit(), t.strict());
    }

    static List<LabelledTarget> load(String resource) {
        try (InputStream in = LabelledTarget.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            List<LabelledTarget> out = new ArrayList<>();
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] f = row.split("\t");
                out.add(new LabelledTarget(Integer.parseInt(f[0].trim()), f[1], TargetKind.valueOf(f[2].trim()),
                        new BigDecimal(f[3].trim()), ValueUnit.valueOf(f[4].trim()), Boolean.parseBoolean(f[5].trim())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
