package io.planwatch.evaluation;

import static io.planwatch.common.Decimals.clean;

import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.evaluation.engine.Assessment;
import io.planwatch.evaluation.engine.EvaluationInput;
import io.planwatch.evaluation.engine.Gap;
import io.planwatch.evaluation.engine.Indicator;
import io.planwatch.evaluation.engine.Milestone;
import io.planwatch.evaluation.engine.Names;
import io.planwatch.evaluation.engine.PlanContext;
import io.planwatch.evaluation.engine.Point;
import io.planwatch.evaluation.engine.Series;
import io.planwatch.evaluation.engine.Target;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.vocabulary.AssessmentLevel;
import io.planwatch.vocabulary.Dimension;
import io.planwatch.vocabulary.Level;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a plan's evaluation reads, loaded once by {@link PlanInputsReader}; builds the engine's input of each
 * target as of a year. Series are keyed by (indicator, jurisdiction, disaggregation key).
 *
 * @param subunits sub-jurisdictions of the plan's jurisdiction by level, codes in ascending order
 * @param assessments by target id, ascending year
 */
record PlanInputs(
        PlanRef plan,
        List<DomainRef> domains,
        List<TargetRow> targets,
        Map<Long, List<Milestone>> milestones,
        Map<Level, List<Subunit>> subunits,
        Map<SeriesKey, List<Point>> series,
        Map<Long, List<Assessment>> assessments) {

    /** @param midtermYear null when the plan names none */
    record PlanRef(
            long id,
            String code,
            String title,
            long jurisdictionId,
            String jurisdiction,
            int baselineYear,
            Integer midtermYear,
            int periodEnd) {}

    record DomainRef(int order, String name) {}

    record Subunit(long id, String code, String name) {}

    record SeriesKey(long indicator, long jurisdiction, String disaggregation) {}

    private static final Indicator NO_INDICATOR =
            new Indicator("", "", Unit.NONE, Polarity.HIGHER_IS_BETTER, null, null, null);

    /** The latest year with a value for any target's series or an assessment; the plan's baseline year when there is none. */
    int latestYear() {
        int latest = Integer.MIN_VALUE;
        for (TargetRow t : targets) {
            EvaluationInput in = input(t, Integer.MAX_VALUE);
            for (Series s : allSeries(in)) {
                if (!s.isEmpty()) {
                    latest = Math.max(latest, s.latest().year());
                }
            }
            if (in.assessment() != null) {
                latest = Math.max(latest, in.assessment().year());
            }
        }
        return latest == Integer.MIN_VALUE ? plan.baselineYear() : latest;
    }

    static List<Series> allSeries(EvaluationInput in) {
        List<Series> all = new ArrayList<>(List.of(in.series(), in.gapA(), in.gapB()));
        all.addAll(in.subunits().values());
        return all;
    }

    /** The engine's input for one target: its series up to {@code asOf}, mapped to its disaggregation, gap or sub-jurisdictions. */
    EvaluationInput input(TargetRow t, int asOf) {
        PlanContext context = new PlanContext(plan.baselineYear(), plan.periodEnd());
        EvaluationInput in = EvaluationInput.of(
                target(t), indicator(t), context, asOf, series(t, plan.jurisdictionId(), t.disaggregation(), asOf));
        if (t.kind() == TargetKind.GAP_NARROWING) {
            in = in.withGap(
                    series(t, plan.jurisdictionId(), withCode(t, t.gapA()), asOf),
                    series(t, plan.jurisdictionId(), withCode(t, t.gapB()), asOf));
        }
        if (t.isEach()) {
            Map<String, Series> bySubunit = new TreeMap<>();
            List<String> codes = new ArrayList<>();
            for (Subunit u : subunits.getOrDefault(t.scopeLevel(), List.of())) {
                codes.add(u.code());
                bySubunit.put(u.code(), series(t, u.id(), t.disaggregation(), asOf));
            }
            in = in.withSubunits(codes, bySubunit);
        }
        in = in.withNames(names(t));
        if (t.referenceId() != null) {
            // the reference's total for the plan's jurisdiction, whatever disaggregation the target judges
            List<Point> values =
                    series.getOrDefault(new SeriesKey(t.referenceId(), plan.jurisdictionId(), ""), List.of());
            in = in.withReference(
                    new Indicator(
                            t.referenceCode(),
                            t.referenceName(),
                            t.referenceUnit(),
                            t.referencePolarity(),
                            null,
                            null,
                            null),
                    new Series(values.stream().filter(p -> p.year() <= asOf).toList()));
        }
        if (t.kind() == TargetKind.QUALITATIVE) {
            Assessment latest = null;
            for (Assessment a : assessments.getOrDefault(t.id(), List.of())) {
                if (a.year() <= asOf) {
                    latest = a;
                }
            }
            in = in.withAssessment(latest);
        }
        return in;
    }

    /** The words the explanation uses for the gap's categories (农村, 城镇) and the sub-jurisdictions (中渡镇). */
    private Names names(TargetRow t) {
        Map<String, String> categories = new LinkedHashMap<>();
        if (t.gapDimension() != null) {
            Dimension d = Dimension.valueOf(t.gapDimension());
            categories.put(t.gapA(), d.label(t.gapA()));
            categories.put(t.gapB(), d.label(t.gapB()));
        }
        Map<String, String> jurisdictions = new LinkedHashMap<>();
        if (t.isEach()) {
            subunits.getOrDefault(t.scopeLevel(), List.of()).forEach(u -> jurisdictions.put(u.code(), u.name()));
        }
        return new Names(categories, jurisdictions);
    }

    private Series series(TargetRow t, long jurisdiction, String disaggregation, int asOf) {
        if (t.indicatorId() == null) {
            return Series.empty();
        }
        List<Point> points =
                series.getOrDefault(new SeriesKey(t.indicatorId(), jurisdiction, disaggregation), List.of());
        return new Series(points.stream().filter(p -> p.year() <= asOf).toList());
    }

    /** The target's own disaggregation plus the gap dimension set to one of its two codes (AREA=RURAL). */
    private static String withCode(TargetRow t, String code) {
        Map<String, String> values = new LinkedHashMap<>(Disaggregation.parse(t.disaggregation()));
        values.put(t.gapDimension(), code);
        return Disaggregation.key(values);
    }

    private Target target(TargetRow t) {
        Scope scope = t.isEach() ? Scope.each(t.scopeLevel()) : Scope.JURISDICTION;
        Gap gap = t.gapDimension() == null ? null : new Gap(t.gapDimension(), t.gapA(), t.gapB());
        try {
            return new Target(
                    t.id().toString(),
                    t.kind(),
                    clean(t.value()),
                    t.strict(),
                    t.maintain(),
                    t.targetYear(),
                    clean(t.tolerance()),
                    t.baselineYear(),
                    clean(t.changePct()),
                    milestones.getOrDefault(t.id(), List.of()),
                    scope,
                    gap,
                    clean(t.changePerYear()),
                    t.referenceCode());
        } catch (IllegalArgumentException e) {
            // A stored definition the engine refuses (GAP_NARROWING with scope EACH): say which target, not a 500.
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE, "target " + t.id() + " cannot be evaluated: " + e.getMessage());
        }
    }

    private static Indicator indicator(TargetRow t) {
        if (t.indicatorId() == null) {
            return NO_INDICATOR;
        }
        // Projections are clipped to the range a value can take: the indicator's own bounds, else its unit's.
        return new Indicator(
                t.indicatorCode(),
                t.indicatorName(),
                t.unit(),
                t.polarity(),
                clean(t.minValue() != null ? t.minValue() : t.unit().naturalMin()),
                clean(t.maxValue() != null ? t.maxValue() : t.unit().naturalMax()),
                clean(t.volatilityThreshold()));
    }

    static Assessment assessment(int year, AssessmentLevel level) {
        return new Assessment(year, level);
    }
}
