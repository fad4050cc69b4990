package io.planwatch.evaluation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scope EACH (以乡镇为单位…): every sub-jurisdiction is judged on its own series and the worst status wins
 * ({@link Status#rank()}). The plan jurisdiction's own series is still evaluated for baseline, latest, projection
 * and the Open SDG measure, which describe the whole area; it does not decide the status.
 */
final class EachScope {
    private EachScope() {
    }

    static TargetResult evaluate(EvaluationInput in) {
        List<String> codes = in.expectedSubunits().isEmpty()
                ? in.subunits().keySet().stream().sorted().toList() : in.expectedSubunits();
        List<SubunitResult> subunits = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Judgement total = SeriesJudge.judge(in.target(), in.indicator(), in.plan(), in.asOf(), in.series());
        boolean allReported = !codes.isEmpty();
        for (String code : codes) {
            Judgement j = SeriesJudge.judge(in.target(), in.indicator(), in.plan(), in.asOf(),
                    in.subunits().getOrDefault(code, Series.empty()));
            SubunitResult s = new SubunitResult(code, j.status(), j.rule(), j.baseline(), j.latest(), j.projection(),
                    j.warnings());
            subunits.add(s);
            allReported &= j.reportedForAsOf();
            if (s.status().isFailing()) {
                warnings.add(Warnings.subunitFailing(s, j.criterion()));
            }
            // A township's own warnings surface at target level, except its status, which SUBUNIT_FAILING states.
            j.warnings().stream().filter(w -> !isStatusWarning(w)).map(w -> w.inJurisdiction(code)).forEach(warnings::add);
        }
        Status worst = subunits.stream().map(SubunitResult::status).min(Comparator.comparingInt(Status::rank))
                .orElse(Status.NO_DATA);
        if (worst.isFailing()) {
            warnings.add(0, new Warning(WarningCode.valueOf(worst.name()), in.asOf(), null,
                    "按" + levelName(in.target().scope().level()) + "评估，最差者为" + worst.chinese(),
                    Warnings.numbers()));
        }
        return Evaluator.result(in, total, worst, Rule.WORST_SUBUNIT, subunits, warnings, allReported,
                Explanation.each(in, total, worst, subunits));
    }

    private static boolean isStatusWarning(Warning w) {
        return w.code() == WarningCode.AT_RISK || w.code() == WarningCode.REGRESSING
                || w.code() == WarningCode.NOT_ACHIEVED;
    }

    static String levelName(String level) {
        if (level == null) {
            return "下级行政区";
        }
        return switch (level) {
            case "TOWNSHIP" -> "乡镇";
            case "COUNTY" -> "县（市、区）";
            case "PREFECTURE" -> "市";
            case "PROVINCE" -> "省";
            default -> level;
        };
    }
}
