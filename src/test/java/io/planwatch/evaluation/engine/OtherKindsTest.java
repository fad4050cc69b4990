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

import io.planwatch.vocabulary.AssessmentLevel;
import io.planwatch.vocabulary.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RELATIVE_CHANGE, GAP_NARROWING and QUALITATIVE targets. */
class OtherKindsTest {
    private static final Target DOWN_20 = new Target(
            "rc", TargetKind.RELATIVE_CHANGE, null, false, false, null, null, null, d("-20"), List.of(), null, null);

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
        # 10·(1 − 0.1234567) = 8.765433: 8.76543 meets it, though not the 8.7654 shown
        relativeThresholdComparedUnrounded | -12.34567 |      | IMR       | 2020:10 2024:8.76543   | 2024 | ACHIEVED | 8.7654    | 10       | false
        # slope −0.1, 2030: 9.9 − 0.1·9 = 9.0 > 8
        relativeDecreaseAtRisk         | -20       |          | IMR       | 2020:10 2021:9.9 2022:9.8 | 2022 | AT_RISK | 8.0000  | 10       | false
        # slope +0.2: away from 8
        relativeDecreaseRegressing     | -20       |          | IMR       | 2020:10 2022:10.4      | 2022 | REGRESSING | 8.0000  | 10       | false
        # 8.5 > 8 in the target year
        relativeDecreaseNotAchieved    | -20       |          | IMR       | 2020:10 2030:8.5       | 2030 | NOT_ACHIEVED | 8.0000 | 10      | false
        """)
    void relativeChangeIsJudgedAgainstItsBase(
            String behaviour,
            String pct,
            Integer baseYear,
            String indicator,
            String series,
            int asOf,
            Status status,
            String threshold,
            String baseline,
            boolean imputed) {
        Target t = new Target(
                "rc",
                TargetKind.RELATIVE_CHANGE,
                null,
                false,
                false,
                null,
                null,
                baseYear,
                d(pct),
                List.of(),
                null,
                null);
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
    void targetsOwnBaseYearIsTheBaseOfTheWholeResult() {
        Target t = new Target(
                "rc",
                TargetKind.RELATIVE_CHANGE,
                null,
                false,
                false,
                null,
                null,
                2019,
                d("-20"),
                List.of(),
                null,
                null);
        TargetResult r = evaluate(t, IMR, 2023, "2019:10 2020:9 2023:8.5");
        assertEquals(new Baseline(2019, d("10"), false), r.baseline());
        assertEquals(d("8.0000"), r.targetValue());
        // window 2019–2023: slope −0.326923, 2030: 9.1667 − 0.326923·9.3333 = 6.1154
        assertEquals(d("6.1154"), r.projection().value());
        // (8.5 − 10)/(8 − 10)
        assertEquals(d("0.7500"), r.progressSoFar());
        // Open SDG from 2019 too: CAGR_o = (8.5/10)^(1/4) − 1 = −0.039815, CAGR_r = (8/10)^(1/11) − 1 = −0.020081,
        // P = 1.982700 (from the plan's 2020 it would be 1.611761)
        assertEquals(new OpenSdg(d("1.982700"), OpenSdg.SUBSTANTIAL, d("5.0000")), r.openSdg());
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
        # behaviour                | rural                       | urban                          | asOf | status             | rule
        # gaps 3, 2.5, 1.8: x̄ 2.4333, Sxy = (−1)(0.5667) + (1)(−0.6333) = −1.2, Sxx = 2 → slope −0.6; 1.8 < 3
        gapNarrows                 | 2020:6 2021:5.5 2022:5      | 2020:3 2021:3 2022:3.2         | 2022 | ACHIEVED           | TREND_RIGHT_WAY_AND_BETTER
        gapWidens                  | 2020:6 2022:7               | 2020:3 2022:3                  | 2022 | REGRESSING         | TREND_WRONG_WAY
        # only 2020 has both categories
        gapNeedsBothCategories     | 2020:6 2022:5               | 2020:3 2021:3                  | 2022 | INSUFFICIENT_TREND | SINGLE_VALUE
        # gaps 3, 4, 1, 3: x̄ 2.75, Sxy = (−1.5)(0.25) + (−0.5)(1.25) + (0.5)(−1.75) + (1.5)(0.25) = −1.5, Sxx = 5
        # → slope −0.3, but 3 is not below the 2020 gap 3
        gapFallsButEndsWhereItStarted | 2020:6 2021:7 2022:4 2023:6 | 2020:3 2021:3 2022:3 2023:3 | 2023 | AT_RISK            | TREND_NOT_BETTER_THAN_BASELINE
        # gaps 3 → 4 and the target year has come
        gapWiderInTheTargetYear    | 2020:6 2030:7               | 2020:3 2030:3                  | 2030 | NOT_ACHIEVED       | TARGET_YEAR_PASSED
        # gaps 0, 0: a gap cannot shrink below 0
        gapClosedStaysClosed       | 2020:3 2022:3               | 2020:3 2022:3                  | 2022 | ACHIEVED           | TREND_AT_LIMIT
        # no year with both categories
        gapWithoutBothCategories   | 2020:6 2021:5               |                                | 2022 | NO_DATA            | NO_VALUE_AS_OF
        """)
    void gapTargetsFollowTheDistanceBetweenCategories(
            String behaviour, String rural, String urban, int asOf, Status status, Rule rule) {
        TargetResult r = gap(rural, urban, asOf);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
    }

    @Test
    void gapValuesProjectionAndOpenSdg() {
        TargetResult r = gap("2020:6 2021:5.5 2022:5", "2020:3 2021:3 2022:3.2", 2022);
        assertEquals(
                List.of(d("3"), d("2.5"), d("1.8")),
                r.values().stream().map(Point::value).toList());
        // 2.4333 − 0.6·9 < 0: a gap is clipped at 0
        assertEquals(d("0.0000"), r.projection().value());
        // method 1, d = −1: P = −((1.8/3)^(1/2) − 1) = 0.225403 ≥ 0.015 → score capped at 5
        assertEquals(new OpenSdg(d("0.225403"), OpenSdg.SUBSTANTIAL, d("5.0000")), r.openSdg());
    }

    private static TargetResult gap(String a, String b, int asOf) {
        Target t = new Target(
                "g",
                TargetKind.GAP_NARROWING,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                new Gap("AREA", "RURAL", "URBAN"));
        return Evaluator.evaluate(EvaluationInput.of(t, IMR, PLAN, asOf, null).withGap(series(a), series(b)));
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
    void qualitativeTargetsFollowTheLatestAssessment(
            String behaviour,
            Integer year,
            AssessmentLevel level,
            int asOf,
            Status status,
            Rule rule,
            WarningCode warning) {
        Target t = Target.of("q", TargetKind.QUALITATIVE, null);
        EvaluationInput in = EvaluationInput.of(t, IMR, PLAN, asOf, null)
                .withAssessment(year == null ? null : new Assessment(year, level));
        TargetResult r = Evaluator.evaluate(in);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
        assertEquals(warning == null ? List.of() : List.of(warning), codes(r), behaviour);
        assertNull(r.openSdg(), behaviour);
    }

    @Test
    void qualitativeStatusWarningCarriesTheAssessment() {
        Target t = Target.of("q", TargetKind.QUALITATIVE, null);
        TargetResult r = Evaluator.evaluate(EvaluationInput.of(t, IMR, PLAN, 2024, null)
                .withAssessment(new Assessment(2023, AssessmentLevel.LAGGING)));
        Warning w = r.warnings().get(0);
        assertEquals(WarningCode.AT_RISK, w.code());
        assertEquals(2023, w.year());
        assertEquals(new Assessment(2023, AssessmentLevel.LAGGING), w.assessment());
        assertEquals("2023年自评为进展滞后", w.message());
    }
}
