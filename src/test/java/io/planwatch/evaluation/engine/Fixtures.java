package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Small builders so the test tables read like the plan texts. */
final class Fixtures {
    static final PlanContext PLAN = new PlanContext(2020, 2030);
    static final Indicator IMR = new Indicator(
            "CH-HEALTH-IMR",
            "婴儿死亡率",
            Unit.PER_MILLE,
            Polarity.LOWER_IS_BETTER,
            BigDecimal.ZERO,
            new BigDecimal("1000"),
            null);
    static final Indicator ENROLMENT = new Indicator(
            "CH-EDU-PRESCHOOL",
            "学前教育毛入园率",
            Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER,
            BigDecimal.ZERO,
            new BigDecimal("100"),
            null);

    private Fixtures() {}

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /** "2020:2.41 2024:3.1" → a series; blank → empty. */
    static Series series(String spec) {
        List<Point> points = new ArrayList<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.trim().split("\\s+")) {
                String[] p = pair.split(":");
                points.add(new Point(Integer.parseInt(p[0]), new BigDecimal(p[1])));
            }
        }
        return new Series(points);
    }

    static Target target(TargetKind kind, String value) {
        return Target.of("t1", kind, d(value));
    }

    static Target strict(TargetKind kind, String value) {
        return new Target("t1", kind, d(value), true, false, null, null, null, null, List.of(), null, null);
    }

    static Indicator indicatorFor(TargetKind kind, String name) {
        return "ENROLMENT".equals(name) ? ENROLMENT : IMR;
    }

    static TargetResult evaluate(Target target, Indicator indicator, int asOf, String series) {
        return Evaluator.evaluate(EvaluationInput.of(target, indicator, PLAN, asOf, series(series)));
    }

    static List<WarningCode> codes(TargetResult r) {
        return r.warnings().stream().map(Warning::code).toList();
    }
}
