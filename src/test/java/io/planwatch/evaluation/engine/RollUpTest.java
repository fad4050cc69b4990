package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.IMR;
import static io.planwatch.evaluation.engine.Fixtures.PLAN;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.planwatch.vocabulary.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollUpTest {

    @Test
    void countsSharesAndCompleteness() {
        List<TargetResult> results = List.of(
                evaluate(
                        Fixtures.target(TargetKind.AT_MOST, "5"),
                        IMR,
                        2024,
                        "2020:2.41 2024:3.1"), // ACHIEVED, reported
                evaluate(
                        Fixtures.target(TargetKind.AT_LEAST, "99"),
                        ENROLMENT,
                        2024,
                        "2020:90 2024:96"), // ON_TRACK, reported
                evaluate(
                        Fixtures.target(TargetKind.AT_MOST, "5"),
                        IMR,
                        2024,
                        "2020:8 2022:8.4"), // REGRESSING, missing 2024
                Evaluator.evaluate(EvaluationInput.of(
                        Target.of("q", TargetKind.QUALITATIVE, null),
                        IMR,
                        PLAN,
                        2024,
                        null))); // NOT_ASSESSED, not numeric
        Summary s = RollUp.summarize(results);
        assertEquals(4, s.targets());
        assertEquals(1, s.byStatus().get(Status.ACHIEVED));
        assertEquals(1, s.byStatus().get(Status.ON_TRACK));
        assertEquals(1, s.byStatus().get(Status.REGRESSING));
        assertEquals(1, s.byStatus().get(Status.NOT_ASSESSED));
        assertEquals(0, s.byStatus().get(Status.NO_DATA));
        assertEquals(d("0.2500"), s.achievedShare()); // 1/4
        assertEquals(d("0.5000"), s.onTrackShare()); // (1 + 1)/4
        assertEquals(d("0.6667"), s.completeness()); // 2 of the 3 numeric targets have a 2024 value
        // WEAKER_THAN_BASELINE; REGRESSING, STALE; STALE (no assessment)
        assertEquals(
                List.of(WarningCode.WEAKER_THAN_BASELINE, WarningCode.REGRESSING, WarningCode.STALE, WarningCode.STALE),
                s.warnings().stream().map(w -> w.warning().code()).toList());
        assertEquals("q", s.warnings().get(3).targetId());
    }

    @Test
    void completenessCountsTrendTargetsButNotQualitativeOnes() {
        List<TargetResult> results = List.of(
                evaluate(Fixtures.target(TargetKind.TREND_DOWN, null), IMR, 2024, "2020:3 2024:2.5"), // reported
                evaluate(
                        Fixtures.target(TargetKind.TREND_UP, null),
                        ENROLMENT,
                        2024,
                        "2020:90 2022:93"), // no 2024 value
                Evaluator.evaluate(
                        EvaluationInput.of(Target.of("q", TargetKind.QUALITATIVE, null), IMR, PLAN, 2024, null)));
        assertEquals(d("0.5000"), RollUp.summarize(results).completeness()); // 1 of the 2 measured targets
    }

    @Test
    void emptyRollUpHasNoShares() {
        Summary s = RollUp.summarize(List.of());
        assertEquals(0, s.targets());
        assertNull(s.achievedShare());
        assertNull(s.completeness());
        assertEquals(Status.values().length, s.byStatus().size());
    }
}
