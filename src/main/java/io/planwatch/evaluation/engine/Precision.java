package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The decimals a computed value (a projection) is written with. The indicator library keeps no precision, so it is
 * read from the published values themselves: the most decimals among the observed values and the target value, trailing
 * zeros stripped (4.55‰ has two, 5.0‰ none), at most {@link Decimals#VALUE_SCALE}. A projection of 3.0024‰ from values
 * written 3.2‰, 3.1‰ reads 3.0‰; from values written 7‰, 5‰ it reads 3‰.
 */
public final class Precision {
    static final int MIN = 0;

    private Precision() {}

    /** @param published observed values and the target value; nulls are ignored */
    public static int of(Collection<BigDecimal> published) {
        int decimals = MIN;
        for (BigDecimal v : published) {
            if (v != null) {
                decimals = Math.max(decimals, Math.max(0, v.stripTrailingZeros().scale()));
            }
        }
        return Math.min(decimals, Decimals.VALUE_SCALE);
    }

    /** 3.0024 at one decimal: 3.0. */
    public static BigDecimal round(BigDecimal x, int decimals) {
        return x == null ? null : x.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** The precision of a judgement's own values and its target. */
    static int of(Judgement j) {
        List<BigDecimal> published = new ArrayList<>();
        j.values().points().forEach(p -> published.add(p.value()));
        // a relative change's threshold is computed (3.1968‰): its target is the percentage, not a published value
        published.add(
                j.criterion().kind() == TargetKind.RELATIVE_CHANGE
                        ? null
                        : j.criterion().value());
        return of(published);
    }

    /** A projection as the explanation writes it: at the precision of the values it was projected from. */
    static String shown(BigDecimal projection, Judgement j) {
        return projection == null ? "—" : round(projection, of(j)).toPlainString();
    }
}
