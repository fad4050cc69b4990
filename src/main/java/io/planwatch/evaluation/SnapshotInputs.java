package io.planwatch.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.evaluation.engine.Assessment;
import io.planwatch.evaluation.engine.EvaluationInput;
import io.planwatch.evaluation.engine.Gap;
import io.planwatch.evaluation.engine.Indicator;
import io.planwatch.evaluation.engine.Milestone;
import io.planwatch.evaluation.engine.Point;
import io.planwatch.evaluation.engine.Series;
import io.planwatch.vocabulary.Level;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs an evaluation read, as frozen with a snapshot: every target's definition and indicator facts, the
 * values up to asOf of each series it used, and the assessment it used. Feeding them back to the engine gives the
 * frozen evaluation again.
 */
record SnapshotInputs(String plan, int baselineYear, int periodEnd, int asOf, List<TargetInput> targets) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TargetInput(
            long id,
            String kind,
            BigDecimal value,
            boolean strict,
            boolean maintain,
            Integer targetYear,
            BigDecimal tolerance,
            Integer baselineYear,
            BigDecimal changePct,
            List<Milestone> milestones,
            String scope,
            Level scopeLevel,
            Gap gap,
            Indicator indicator,
            List<Point> series,
            List<Point> gapA,
            List<Point> gapB,
            List<String> expectedSubunits,
            Map<String, List<Point>> subunits,
            Assessment assessment,
            BigDecimal changePerYear,
            Indicator reference,
            List<Point> referenceSeries) {}

    static SnapshotInputs of(Evaluated e) {
        List<TargetInput> targets =
                e.inputs().stream().map(SnapshotInputs::target).toList();
        return new SnapshotInputs(
                e.data().plan().code(),
                e.data().plan().baselineYear(),
                e.data().plan().periodEnd(),
                e.asOf(),
                targets);
    }

    private static TargetInput target(EvaluationInput in) {
        var t = in.target();
        Map<String, List<Point>> subunits = new LinkedHashMap<>();
        in.subunits().keySet().stream()
                .sorted()
                .forEach(code -> subunits.put(code, in.subunits().get(code).points()));
        return new TargetInput(
                Long.parseLong(t.id()),
                t.kind().name(),
                t.value(),
                t.strict(),
                t.maintain(),
                t.targetYear(),
                t.tolerance(),
                t.baselineYear(),
                t.changePct(),
                t.milestones(),
                t.scope().type().name(),
                t.scope().level(),
                t.gap(),
                in.indicator(),
                points(in.series()),
                points(in.gapA()),
                points(in.gapB()),
                in.expectedSubunits(),
                subunits,
                in.assessment(),
                t.changePerYear(),
                in.reference() == null ? null : in.reference().indicator(),
                in.reference() == null ? null : in.reference().series().points());
    }

    private static List<Point> points(Series s) {
        return s.points();
    }
}
