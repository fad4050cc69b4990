package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates one target as of a year: a pure function of its {@link EvaluationInput}. Numeric targets are judged
 * by {@link SeriesJudge}; scope EACH by {@link EachScope}; qualitative targets by their latest assessment.
 */
public final class Evaluator {
    private Evaluator() {}

    public static TargetResult evaluate(EvaluationInput in) {
        Target target = in.target();
        if (target.kind() == TargetKind.QUALITATIVE) {
            return qualitative(in);
        }
        if (target.scope().isEach()) {
            return EachScope.evaluate(in);
        }
        if (target.kind().isReference()) {
            return reference(in);
        }
        Series series = target.kind() == TargetKind.GAP_NARROWING ? gaps(in.gapA(), in.gapB()) : in.series();
        Judgement j = SeriesJudge.judge(target, in.indicator(), in.plan(), in.asOf(), series);
        return result(in, j, j.status(), j.rule(), List.of(), j.warnings(), j.reportedForAsOf(), Explanation.of(in, j));
    }

    /**
     * *_REFERENCE (DESIGN.md rule 2): judged on the differences x_t − r_t of the years both have a value; a year the
     * reference lacks does not count, and with none at all the status is NO_DATA, saying the reference is missing.
     */
    private static TargetResult reference(EvaluationInput in) {
        Series own = in.series().upTo(in.asOf());
        Series reference = in.reference() == null
                ? Series.empty()
                : in.reference().series().upTo(in.asOf());
        List<Point> out = new ArrayList<>();
        for (Point x : own.points()) {
            Point r = reference.at(x.year());
            if (r != null) {
                out.add(new Point(x.year(), x.value().subtract(r.value())));
            }
        }
        Series differences = new Series(out);
        BigDecimal lastReference = differences.isEmpty()
                ? null
                : reference.at(differences.latest().year()).value();
        Judgement j = SeriesJudge.judge(
                in.target(),
                in.indicator(),
                in.plan(),
                in.asOf(),
                differences,
                in.reference() == null ? null : in.reference().indicator(),
                lastReference);
        if (j.status() == Status.NO_DATA && !own.isEmpty()) {
            j = j.withRule(Rule.NO_REFERENCE_VALUE);
        }
        List<Warning> warnings = new ArrayList<>(j.warnings());
        warnings.addAll(Warnings.volatility(
                own,
                in.indicator().volatilityThreshold(),
                in.asOf(),
                Explanation.unitSuffix(in.indicator().unit())));
        return result(in, j, j.status(), j.rule(), List.of(), warnings, j.reportedForAsOf(), Explanation.of(in, j));
    }

    /** abs(a − b) for every year both categories have a value. */
    static Series gaps(Series a, Series b) {
        List<Point> out = new ArrayList<>();
        for (Point pa : a.points()) {
            Point pb = b.at(pa.year());
            if (pb != null) {
                out.add(new Point(pa.year(), pa.value().subtract(pb.value()).abs()));
            }
        }
        return new Series(out);
    }

    /** Dresses a judgement of the plan jurisdiction's series; status, rule and warnings may come from elsewhere. */
    static TargetResult result(
            EvaluationInput in,
            Judgement j,
            Status status,
            Rule rule,
            List<SubunitResult> subunits,
            List<Warning> warnings,
            boolean reportedForAsOf,
            String explanation) {
        return new TargetResult(
                in.target().id(),
                in.target().kind(),
                in.asOf(),
                status,
                rule,
                j.criterion().shown(),
                j.criterion().tolerance(),
                j.baseline(),
                j.latest(),
                j.projection(),
                Decimals.round(j.slope(), Decimals.PROGRESS_VALUE_SCALE),
                j.progressSoFar(),
                j.anticipatedProgress(),
                openSdg(in, j),
                subunits,
                warnings,
                j.values().points(),
                reportedForAsOf,
                explanation);
    }

    private static OpenSdg openSdg(EvaluationInput in, Judgement j) {
        Indicator ind = in.indicator();
        TargetKind kind = in.target().kind();
        int baseYear = j.baseYear(); // the target's own base year when it has one, as for its baseline
        if (kind == TargetKind.ANNUAL_CHANGE || kind.isReference()) {
            return null; // a change per year, or a difference that may be 0 or negative: no growth rate to measure
        }
        if (kind == TargetKind.GAP_NARROWING) {
            // A gap is better when smaller and its natural limit is 0, where C = 1: no limit to pass.
            return OpenSdgProgress.measure(j.values(), baseYear, null, j.targetYear(), -1, null);
        }
        int d = ind.polarity().sign();
        if (kind.isTrend()) {
            BigDecimal limit = d > 0 ? ind.maxValue() : ind.minValue();
            return OpenSdgProgress.measure(j.values(), baseYear, null, j.targetYear(), d, limit);
        }
        if (j.criterion().value() == null) {
            return OpenSdg.notAvailable(); // a relative change with no base yet
        }
        return OpenSdgProgress.measure(j.values(), baseYear, j.criterion().value(), j.targetYear(), d, null);
    }

    private static TargetResult qualitative(EvaluationInput in) {
        Assessment a = in.assessment() != null && in.assessment().year() <= in.asOf() ? in.assessment() : null;
        Status status = a == null
                ? Status.NOT_ASSESSED
                : switch (a.level()) {
                    case ACHIEVED -> Status.ACHIEVED;
                    case PROGRESSING -> Status.ON_TRACK;
                    case LAGGING -> Status.AT_RISK;
                    case NOT_STARTED -> Status.REGRESSING;
                };
        List<Warning> warnings = new ArrayList<>();
        if (status.isFailing()) {
            // A judgement, not a measurement: the warning carries the assessment itself rather than numbers.
            warnings.add(new Warning(
                    status.warningCode(),
                    a.year(),
                    null,
                    a.year() + "年自评为" + Explanation.assessmentText(a.level()),
                    Warnings.numbers(),
                    a));
        }
        if (a == null || a.year() < in.asOf() - 1) {
            // An assessment is due every year: none for Y nor Y−1 is the same 缺项 as a missing value.
            warnings.add(new Warning(
                    WarningCode.STALE,
                    in.asOf(),
                    null,
                    in.asOf() + "年及" + (in.asOf() - 1) + "年均无自评",
                    Warnings.numbers("latestYear", a == null ? null : BigDecimal.valueOf(a.year()))));
        }
        return new TargetResult(
                in.target().id(),
                TargetKind.QUALITATIVE,
                in.asOf(),
                status,
                a == null ? Rule.NO_ASSESSMENT : Rule.ASSESSMENT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                warnings,
                List.of(),
                a != null && a.year() == in.asOf(),
                Explanation.qualitative(in, a));
    }
}
