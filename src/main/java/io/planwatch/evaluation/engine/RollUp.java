package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rule 6: counts, shares, completeness and warnings over the targets of a domain or a plan. */
public final class RollUp {
    private RollUp() {}

    /** {@code results} in the order they should be read (domain order, then target order). */
    public static Summary summarize(List<TargetResult> results) {
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0);
        }
        List<Summary.TargetWarning> warnings = new ArrayList<>();
        int numeric = 0;
        int reported = 0;
        for (TargetResult r : results) {
            byStatus.merge(r.status(), 1, Integer::sum);
            if (r.kind().isMeasured()) {
                numeric++;
                reported += r.reportedForAsOf() ? 1 : 0;
            }
            r.warnings().forEach(w -> warnings.add(new Summary.TargetWarning(r.targetId(), w)));
        }
        int n = results.size();
        int achieved = byStatus.get(Status.ACHIEVED);
        return new Summary(
                n,
                byStatus,
                share(achieved, n),
                share(achieved + byStatus.get(Status.ON_TRACK), n),
                share(reported, numeric),
                warnings);
    }

    private static BigDecimal share(int part, int whole) {
        return whole == 0 ? null : Decimals.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}
