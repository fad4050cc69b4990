package io.planwatch.report;

import io.planwatch.evaluation.PlanEvaluationDto;
import io.planwatch.evaluation.SnapshotDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a report is built from: one evaluation (live, or frozen with a snapshot), the facts about each target's
 * indicator the evaluation used (unit, polarity, range) and the plan's labels (title, department names, the
 * clause each target was read from), which describe the plan but decide nothing.
 *
 * @param snapshot null for a report of the live evaluation
 * @param facts    by target id
 */
record ReportSource(
        PlanEvaluationDto evaluation,
        PlanLabels plan,
        Map<Long, TargetFacts> facts,
        SnapshotDto snapshot,
        LocalDate made) {

    record PlanLabels(
            String code,
            String title,
            String jurisdiction,
            String issuer,
            String documentNumber,
            int periodStart,
            int periodEnd,
            int baselineYear,
            Integer midtermYear) {}

    /**
     * @param unit     the indicator's unit (io.planwatch.indicator.Unit name); null for a qualitative target without indicator
     * @param polarity LOWER_IS_BETTER or HIGHER_IS_BETTER; null without indicator
     * @param gapDimension the dimension a GAP_NARROWING target compares across (AREA, SEX), else null
     */
    record TargetFacts(
            String unit,
            String polarity,
            BigDecimal minValue,
            BigDecimal maxValue,
            String gapDimension,
            String sourceText,
            String leadDepartmentName) {}

    TargetFacts factsOf(long target) {
        return facts.getOrDefault(target, new TargetFacts(null, null, null, null, null, null, null));
    }
}
