package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.IMR;
import static io.planwatch.evaluation.engine.Fixtures.PLAN;
import static io.planwatch.evaluation.engine.Fixtures.codes;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.evaluate;
import static io.planwatch.evaluation.engine.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RELATIVE_CHANGE, GAP_NARROWING and QUALITATIVE targets. */
class OtherKindsTest {
    private static final Target DOWN_20 = new Target("rc", TargetKind.RELATIVE_CHANGE, null, false, false, null, null,
            null, d("-20"), List.of(), null, null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour                    | changePct | baseYear | indicator | series                 | asOf | status   | threshold | baseline | imputed
        # 10·(1 − 0.20) = 8; 7.9 ≤ 8
        relativeDecreaseMet            | -20       |          | IMR       | 2020:10 2024:7.9       | 2024 | ACHIEVED | 8.0000    | 10       | false
        # 50·(1 + 0.10) = 55; 56 ≥ 55
        relativeIncreaseMet            | 10        |          | ENROLMENT | 2020:50 2023:56        | 2023 | ACHIEVED | 55.0000   | 50       | false
        # the target's own base year 2019: 10·0.8 = 8
        targetsOwnBaseYear             | -20       | 2019     | IMR       | 2019:10 2020:9 2024:7.9 | 2024 | ACHIEVED | 8.0000    | 10       | false
        # 2020 missing: the earliest value (2021: 10) stands in, 8.0; slope −0.5, 2030: 9.5 − 4 = 5.5 ≤ 8
        missingBaseUsesEarliestValue   | -20       |          | IMR       | 2021:10 2022:9.5       | 2022 | ON_TRACK | 8.0000    | 10       | true
        """)
    void relativeChangeIsJudgedAgainstItsBase(String behaviour, String pct, Integer baseYear, String indicator,
                                              String series, int asOf, Status status, String threshold, String baseline,
                                              boolean imputed) {
        Target t = new Target("rc", TargetKind.RELATIVE_CHANGE, null, false, false, null, null, baseYear, d(pct),
                List.of(), null, null);
        TargetResult r = evaluate(t, "ENROLMENT".equals(indicator) ? ENROLMENT : IMR, asOf, series);
        assertEquals(status, r.status(), behaviour);
        assertEquals(d(threshold), r.targetValue(), behaviour);
        assertEquals(d(baseline), r.baseline().value(), behaviour);
        assertEquals(imputed, r.baseline().imputed(), behaviour);
    }

    @Test
    void missingRelativeBaseIsExplained() {
        TargetResult r = evaluate(DOWN_20, IMR, 2022, "2021:10 2022:9.5");
        assertEquals(2021, r.baseline().year());
        assertEquals(d("5.5000"), r.projection().value());
        // (9.5 − 10)/(8 − 10) = 0.25
        assertEquals(d("0.2500"), r.progressSoFar());
        assertTrue(r.explanation().contains("2020年无数据，以2021年值10‰作为基线计算目标值"), r.explanation());
    }

    @Test
    void relativeChangeWithoutAnyValueHasNoThreshold() {
        TargetResult r = evaluate(DOWN_20, IMR, 2022, "");
        assertEquals(Status.NO_DATA, r.status());
        assertNull(r.targetValue());
        assertEquals(OpenSdg.NOT_AVAILABLE, r.openSdg().status());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour                | rural                  | urban                  | status             | rule
        # gaps 3, 2.5, 1.8: x̄ 2.4333, Sxy = (−1)(0.5667) + (1)(−0.6333) = −1.2, Sxx = 2 → slope −0.6; 1.8 < 3
        gapNarrows                 | 2020:6 2021:5.5 2022:5 | 2020:3 2021:3 2022:3.2 | ACHIEVED           | TREND_RIGHT_WAY_AND_BETTER
        gapWidens                  | 2020:6 2022:7          | 2020:3 2022:3          | REGRESSING         | TREND_WRONG_WAY
        # only 2020 has both categories
        gapNeedsBothCategories     | 2020:6 2022:5          | 2020:3 2021:3          | INSUFFICIENT_TREND | SINGLE_VALUE
        """)
    void gapTargetsFollowTheDistanceBetweenCategories(String behaviour, String rural, String urban, Status status,
                                                      Rule rule) {
        TargetResult r = gap(rural, urban);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
    }

    @Test
    void gapValuesProjectionAndOpenSdg() {
        TargetResult r = gap("2020:6 2021:5.5 2022:5", "2020:3 2021:3 2022:3.2");
        assertEquals(List.of(d("3"), d("2.5"), d("1.8")), r.values().stream().map(Point::value).toList());
        // 2.4333 − 0.6·9 < 0: a gap is clipped at 0
        assertEquals(d("0.0000"), r.projection().value());
        // method 1, d = −1: P = −((1.8/3)^(1/2) − 1) = 0.225403 ≥ 0.015 → score capped at 5
        assertEquals(new OpenSdg(d("0.225403"), OpenSdg.SUBSTANTIAL, d("5.0000")), r.openSdg());
    }

    private static TargetResult gap(String a, String b) {
        Target t = new Target("g", TargetKind.GAP_NARROWING, null, false, false, null, null, null, null, List.of(),
                null, new Gap("AREA", "RURAL", "URBAN"));
        return Evaluator.evaluate(EvaluationInput.of(t, IMR, PLAN, 2022, null).withGap(series(a), series(b)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour                    | assessed | level       | asOf | status       | rule          | warnings
        achievedAssessment             | 2024     | ACHIEVED    | 2024 | ACHIEVED     | ASSESSMENT    |
        progressingIsOnTrack           | 2024     | PROGRESSING | 2024 | ON_TRACK     | ASSESSMENT    |
        laggingIsAtRisk                | 2023     | LAGGING     | 2024 | AT_RISK      | ASSESSMENT    | AT_RISK
        notStartedIsRegressing         | 2024     | NOT_STARTED | 2024 | REGRESSING   | ASSESSMENT    | REGRESSING
        oldAssessmentIsStale           | 2021     | PROGRESSING | 2024 | ON_TRACK     | ASSESSMENT    | STALE
        noAssessment                   |          |             | 2024 | NOT_ASSESSED | NO_ASSESSMENT | STALE
        assessmentAfterAsOfIsIgnored   | 2025     | ACHIEVED    | 2024 | NOT_ASSESSED | NO_ASSESSMENT | STALE
        """)
    void qualitativeTargetsFollowTheLatestAssessment(String behaviour, Integer year, Assessment.Level level, int asOf,
                                                    Status status, Rule rule, WarningCode warning) {
        Target t = Target.of("q", TargetKind.QUALITATIVE, null);
        EvaluationInput in = EvaluationInput.of(t, IMR, PLAN, asOf, null)
                .withAssessment(year == null ? null : new Assessment(year, level));
        TargetResult r = Evaluator.evaluate(in);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
        assertEquals(warning == null ? List.of() : List.of(warning), codes(r), behaviour);
        assertNull(r.openSdg(), behaviour);
    }
}
