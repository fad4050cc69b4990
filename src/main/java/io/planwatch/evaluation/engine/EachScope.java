package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scope EACH (以乡镇为单位…): every sub-jurisdiction is judged on its own series and the worst status of those with
 * data wins ({@link Status#rank()}); those without data are listed as NO_DATA with their STALE warning and keep the
 * target from counting as reported, and only when none has data is the target NO_DATA. The plan jurisdiction's own
 * series is still evaluated for baseline, latest, projection and the Open SDG measure, which describe the whole
 * area; it does not decide the status.
 */
final class EachScope {
    /** Worst status first; among equals the one furthest from its target, then by code (stable output). */
    private static final Comparator<Judged> WORST_FIRST = Comparator.<Judged>comparingInt(
                    u -> u.j().status().rank())
            .thenComparing(Judged::shortfall, Comparator.reverseOrder())
            .thenComparing(Judged::code);

    private EachScope() {}

    private record Judged(String code, Judgement j) {
        BigDecimal shortfall() {
            return j.criterion().shortfall(j.latest().value(), j.baseline().value());
        }
    }

    static TargetResult evaluate(EvaluationInput in) {
        List<String> codes = in.expectedSubunits().isEmpty()
                ? in.subunits().keySet().stream().sorted().toList()
                : in.expectedSubunits();
        Judgement total = SeriesJudge.judge(in.target(), in.indicator(), in.plan(), in.asOf(), in.series());
        List<Judged> judged = codes.stream()
                .map(code -> new Judged(
                        code,
                        SeriesJudge.judge(
                                in.target(),
                                in.indicator(),
                                in.plan(),
                                in.asOf(),
                                in.subunits().getOrDefault(code, Series.empty()))))
                .toList();
        Judged worst = judged.stream()
                .filter(u -> u.j().status() != Status.NO_DATA)
                .min(WORST_FIRST)
                .orElse(null);
        Status status = worst == null ? Status.NO_DATA : worst.j().status();
        long failing = judged.stream().filter(u -> u.j().status().isFailing()).count();

        List<SubunitResult> subunits = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        if (status.isFailing()) {
            warnings.add(statusWarning(in, worst, failing));
        }
        for (Judged u : judged) {
            Judgement j = u.j();
            SubunitResult s = new SubunitResult(
                    u.code(), j.status(), j.rule(), j.baseline(), j.latest(), j.projection(), j.warnings());
            subunits.add(s);
            if (s.status().isFailing()) {
                warnings.add(Warnings.subunitFailing(
                        s,
                        in.names().jurisdiction(u.code()),
                        j.criterion(),
                        Explanation.unitSuffix(in.indicator().unit())));
            }
            // A township's own warnings surface at target level, except its status, which SUBUNIT_FAILING states.
            j.warnings().stream()
                    .filter(w -> !isStatusWarning(w))
                    .map(w -> w.inJurisdiction(u.code()))
                    .forEach(warnings::add);
        }
        boolean allReported = !judged.isEmpty() && judged.stream().allMatch(u -> u.j().reportedForAsOf());
        return Evaluator.result(
                in,
                total,
                status,
                Rule.WORST_SUBUNIT,
                subunits,
                warnings,
                allReported,
                Explanation.each(in, total, status, subunits));
    }

    /**
     * The target's own status warning carries the numbers of the sub-jurisdiction that decided it (its latest year
     * and value, and its target, which for a relative change is computed from its own base) and how many fail.
     */
    private static Warning statusWarning(EvaluationInput in, Judged worst, long failing) {
        Judgement j = worst.j();
        String level = levelName(in.target().scope().level());
        boolean trend = j.criterion().value() == null;
        return new Warning(
                j.status().warningCode(),
                j.latest().year(),
                null,
                "按" + level + "评估，" + failing + "个" + level + "存在预警，最差者为"
                        + in.names().jurisdiction(worst.code()) + "："
                        + j.latest().year() + "年为" + Decimals.plain(j.latest().value())
                        + Explanation.unitSuffix(in.indicator().unit())
                        + "，" + j.status().chinese(),
                Warnings.numbers(
                        "failing",
                        BigDecimal.valueOf(failing),
                        "latest",
                        j.latest().value(),
                        trend ? "baseline" : "target",
                        trend ? j.baseline().value() : j.criterion().shown()));
    }

    private static boolean isStatusWarning(Warning w) {
        return w.code() == WarningCode.AT_RISK
                || w.code() == WarningCode.REGRESSING
                || w.code() == WarningCode.NOT_ACHIEVED;
    }

    static String levelName(Level level) {
        return level == null ? "下级行政区" : level.chinese();
    }
}
