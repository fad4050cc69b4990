package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A roll-up of target results (one domain or a whole plan). {@code byStatus} lists every status, zeros included,
 * in {@link Status} order. Shares are over all targets; completeness is over numeric targets and is null when
 * there are none.
 */
public record Summary(
        int targets,
        Map<Status, Integer> byStatus,
        BigDecimal achievedShare,
        BigDecimal onTrackShare,
        BigDecimal completeness,
        List<TargetWarning> warnings) {

    /** A warning with the target it belongs to. */
    public record TargetWarning(String targetId, Warning warning) {}
}
