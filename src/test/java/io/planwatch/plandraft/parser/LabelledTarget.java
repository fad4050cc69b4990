package io.planwatch.plandraft.parser;

import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One hand-labelled target of a fixture (src/test/resources/plandraft/labels-NNN.tsv). Two targets are the
 * same when line, kind, value, unit, strict, scope and maintain agree; the name is for the reader of a miss report.
 *
 * @param scope JURISDICTION, or EACH:&lt;level&gt; (EACH:TOWNSHIP for 以乡镇为单位, 每个镇)
 */
record LabelledTarget(
        int line,
        String indicator,
        TargetKind kind,
        BigDecimal value,
        Unit unit,
        boolean strict,
        String scope,
        boolean maintain) {

    /** The key precision and recall compare on; the value is stripped so 3.0 equals 3 ("-" for a reference kind, which has none). */
    String key() {
        String v = value == null ? "-" : value.stripTrailingZeros().toPlainString();
        return line + "|" + kind + "|" + v + "|" + unit + "|" + strict + "|" + scope + "|" + maintain;
    }

    static LabelledTarget of(DraftTarget t) {
        String scope = t.scope().isEach() ? "EACH:" + t.scope().level() : "JURISDICTION";
        return new LabelledTarget(
                t.line(), t.indicatorName(), t.kind(), t.value(), t.unit(), t.strict(), scope, t.maintain());
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
                if (f.length != 8) {
                    throw new IllegalStateException(resource
                            + ": expected 8 columns (line, indicator, kind, value, unit, strict, scope, maintain): "
                            + row);
                }
                out.add(new LabelledTarget(
                        Integer.parseInt(f[0].trim()),
                        f[1],
                        TargetKind.valueOf(f[2].trim()),
                        "-".equals(f[3].trim()) ? null : new BigDecimal(f[3].trim()),
                        Unit.valueOf(f[4].trim()),
                        Boolean.parseBoolean(f[5].trim()),
                        f[6].trim(),
                        Boolean.parseBoolean(f[7].trim())));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
