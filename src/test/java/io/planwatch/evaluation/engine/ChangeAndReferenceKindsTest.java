package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.PLAN;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ANNUAL_CHANGE (每年降低0.5个百分点以上) and the *_REFERENCE kinds (不低于本地区党员总数中女性比例), DESIGN.md
 * "Evaluation rules" 2, with the arithmetic worked in the comments. Target year 2030, baseline 2020 throughout.
 */
class ChangeAndReferenceKindsTest {
    private static final Indicator MYOPIA = new Indicator(
            "CH-HEALTH-MYOPIA",
            "总体近视率",
            Unit.PERCENT,
            Polarity.LOWER_IS_BETTER,
            BigDecimal.ZERO,
            new BigDecimal("100"),
            null);
    private static final Indicator DELEGATES = new Indicator(
            "WO-POL-DELEGATES",
            "女党员代表比例",
            Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER,
            BigDecimal.ZERO,
            new BigDecimal("100"),
            null);
    private static final Indicator MEMBERS = new Indicator(
            "WO-POL-MEMBERS",
            "党员总数中女性比例",
            Unit.PERCENT,
            Polarity.HIGHER_IS_BETTER,
            BigDecimal.ZERO,
            new BigDecimal("100"),
            null);

    private static Target annual(String changePerYear) {
        return new Target(
                "c",
                TargetKind.ANNUAL_CHANGE,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                d(changePerYear),
                null);
    }

    private static Target reference(TargetKind kind, String tolerance) {
        return new Target(
                "r",
                kind,
                null,
                false,
                false,
                null,
                d(tolerance),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                MEMBERS.code());
    }

    private static TargetResult evaluateAnnual(String changePerYear, Indicator indicator, String values, int asOf) {
        return Evaluator.evaluate(EvaluationInput.of(annual(changePerYear), indicator, PLAN, asOf, series(values)));
    }

    private static TargetResult evaluateReference(
            TargetKind kind, String tolerance, String values, String reference, int asOf) {
        return Evaluator.evaluate(EvaluationInput.of(reference(kind, tolerance), DELEGATES, PLAN, asOf, series(values))
                .withReference(MEMBERS, series(reference)));
    }

    private static List<Integer> missedYears(TargetResult r) {
        return r.warnings().stream()
                .filter(w -> w.code() == WarningCode.ANNUAL_CHANGE_MISSED)
                .map(Warning::year)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour                        | changePerYear | indicator | series                              | asOf | status             | rule                    | missed
        # average (48.5 − 50)/3 = −0.5 meets −0.5; yearly −0.6, −0.5, −0.4: 2023's −0.4 falls short
        averageMeetsTheBound               | -0.5          | MYOPIA    | 2020:50 2021:49.4 2022:48.9 2023:48.5 | 2023 | ACHIEVED           | ANNUAL_CHANGE_MET       | 2023
        # 每年降低0.5到1个百分点: the lower bound −0.5 counts; −0.7 a year meets it
        rangeIsJudgedOnItsLowerBound       | -0.5          | MYOPIA    | 2020:50 2021:49.3                   | 2021 | ACHIEVED           | ANNUAL_CHANGE_MET       |
        # average (49.5 − 50)/2 = −0.25: the right way, less than 0.5 a year; 2021 has no value, so 2022 counts −0.25 a year
        tooSmallIsAtRisk                   | -0.5          | MYOPIA    | 2020:50 2022:49.5                   | 2022 | AT_RISK            | ANNUAL_CHANGE_TOO_SMALL | 2022
        # +0.2 a year where a fall is asked
        wrongWayRegresses                  | -0.5          | MYOPIA    | 2020:50 2021:50.2                   | 2021 | REGRESSING         | ANNUAL_CHANGE_WRONG_WAY | 2021
        flatRegresses                      | -0.5          | MYOPIA    | 2020:50 2021:50                     | 2021 | REGRESSING         | ANNUAL_CHANGE_WRONG_WAY | 2021
        # average (47 − 50)/10 = −0.3 in the target year
        missedInTargetYear                 | -0.5          | MYOPIA    | 2020:50 2030:47                     | 2030 | NOT_ACHIEVED       | TARGET_YEAR_PASSED      | 2030
        oneValueIsNotATrend                | -0.5          | MYOPIA    | 2021:50                             | 2021 | INSUFFICIENT_TREND | SINGLE_VALUE            |
        noValue                            | -0.5          | MYOPIA    |                                     | 2021 | NO_DATA            | NO_VALUE_AS_OF          |
        # 每年提高1个百分点: (82.5 − 80)/2 = 1.25 ≥ 1, and 2022's own 1.25 a year meets it
        risingBoundMet                     | 1             | ENROLMENT | 2020:80 2022:82.5                   | 2022 | ACHIEVED           | ANNUAL_CHANGE_MET       |
        # 80 → 81 → 81.5: average 0.75 < 1; 2021 +1 meets, 2022 +0.5 misses
        risingBoundTooSmall                | 1             | ENROLMENT | 2020:80 2021:81 2022:81.5           | 2022 | AT_RISK            | ANNUAL_CHANGE_TOO_SMALL | 2022
        """)
    void annualChangeFollowsTheAverageAndWarnsPerYear(
            String behaviour,
            String changePerYear,
            String indicator,
            String values,
            int asOf,
            Status status,
            Rule rule,
            String missed) {
        TargetResult r =
                evaluateAnnual(changePerYear, "ENROLMENT".equals(indicator) ? ENROLMENT : MYOPIA, values, asOf);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
        assertEquals(
                missed == null
                        ? List.of()
                        : Arrays.stream(missed.split(";")).map(Integer::valueOf).toList(),
                missedYears(r),
                behaviour);
        assertNull(r.projection(), behaviour); // no projection,
        assertNull(r.openSdg(), behaviour); // no Open SDG measure
        assertNull(r.targetValue(), behaviour); // the bound is changePerYear
    }

    @Test
    void annualChangeSpeaksInPercentagePoints() {
        TargetResult r = evaluateAnnual("-0.5", MYOPIA, "2020:50 2021:49.4 2022:48.9 2023:48.5", 2023);
        assertEquals("2020—2023年总体近视率由50%变为48.5%，年均降低0.5个百分点，达到“每年降低0.5个百分点以上”的要求。", r.explanation());
        Warning missed = r.warnings().get(0);
        assertEquals("2023年较2022年降低0.4个百分点，未达到每年降低0.5个百分点以上", missed.message());
        assertEquals(d("-0.4000"), missed.numbers().get("change"));
        assertEquals(d("-0.5"), missed.numbers().get("changePerYear"));

        TargetResult atRisk = evaluateAnnual("-0.5", MYOPIA, "2020:50 2022:49.5", 2022);
        assertEquals(WarningCode.AT_RISK, atRisk.warnings().get(0).code());
        assertEquals(
                "2020—2022年由50%变为49.5%，年均降低0.25个百分点，小于每年降低0.5个百分点以上，预计完成困难",
                atRisk.warnings().get(0).message());
        assertEquals(
                "2022年较2020年年均降低0.25个百分点，未达到每年降低0.5个百分点以上",
                atRisk.warnings().get(1).message());
    }

    @Test
    void annualChangeOfAPerMilleRateIsInPerMillePoints() {
        TargetResult r = evaluateAnnual("-0.2", Fixtures.IMR, "2020:5 2021:4.9", 2021);
        assertEquals(
                "2021年较2020年降低0.1个千分点，未达到每年降低0.2个千分点以上", r.warnings().get(1).message());
    }

    @Test
    void annualChangeNeedsANonZeroChangePerYear() {
        assertThrows(IllegalArgumentException.class, () -> annual("0"));
        assertThrows(IllegalArgumentException.class, () -> annual(null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour                        | kind               | tolerance | series                     | reference               | asOf | status             | rule                 | projection
        # differences x − r: 2020 1, 2024 3; slope 2/4 = 0.5, 2030: 3 + 6·0.5 = 6
        atLeastMet                         | AT_LEAST_REFERENCE |           | 2020:26 2024:28            | 2020:25 2024:25         | 2024 | ACHIEVED           | LATEST_MEETS_TARGET  | 6.0000
        # −5, −2: slope 1.5, 2030: −2 + 8·1.5 = 10 ≥ 0
        atLeastOnTrack                     | AT_LEAST_REFERENCE |           | 2020:20 2022:23            | 2020:25 2022:25         | 2022 | ON_TRACK           | PROJECTION_MEETS_TARGET | 10.0000
        # −5, −4.5: slope 0.25, 2030: −4.5 + 8·0.25 = −2.5 < 0
        atLeastAtRisk                      | AT_LEAST_REFERENCE |           | 2020:20 2022:20.5          | 2020:25 2022:25         | 2022 | AT_RISK            | PROJECTION_MISSES_TARGET | -2.5000
        # −5, −6: slope −0.5, 2030: −6 − 8·0.5 = −10 (a difference is not clipped to the indicator's range)
        atLeastRegressing                  | AT_LEAST_REFERENCE |           | 2020:20 2022:19            | 2020:25 2022:25         | 2022 | REGRESSING         | MOVING_WRONG_WAY     | -10.0000
        # the reference moves too: 22 − 20 = 2, then 24 − 26 = −2 although x rose; slope −2, 2030: −2 − 8·2 = −18
        referenceRisingFaster              | AT_LEAST_REFERENCE |           | 2020:22 2022:24            | 2020:20 2022:26         | 2022 | REGRESSING         | MOVING_WRONG_WAY     | -18.0000
        # 2022 has no reference value and does not count (24 < 25 there): 2020 1, 2024 2; slope 0.25, 2030: 2 + 6·0.25 = 3.5
        yearWithoutReferenceDoesNotCount   | AT_LEAST_REFERENCE |           | 2020:26 2022:24 2024:27    | 2020:25 2024:25         | 2024 | ACHIEVED           | LATEST_MEETS_TARGET  | 3.5000
        noReferenceValueAtAll              | AT_LEAST_REFERENCE |           | 2020:26 2024:27            |                         | 2024 | NO_DATA            | NO_REFERENCE_VALUE   |
        referenceOnlyInOtherYears          | AT_LEAST_REFERENCE |           | 2020:26                    | 2021:25                 | 2024 | NO_DATA            | NO_REFERENCE_VALUE   |
        noOwnValue                         | AT_LEAST_REFERENCE |           |                            | 2020:25                 | 2024 | NO_DATA            | NO_VALUE_AS_OF       |
        # −1 in the target year
        atLeastMissedInTargetYear          | AT_LEAST_REFERENCE |           | 2020:20 2030:24            | 2020:25 2030:25         | 2030 | NOT_ACHIEVED       | TARGET_YEAR_PASSED   |
        # tolerance 10% of r = 2.5: |27 − 25| = 2 inside (one value, nothing to project)
        approxDefaultToleranceIsTenPercent | APPROX_REFERENCE   |           | 2024:27                    | 2024:25                 | 2024 | ACHIEVED           | LATEST_MEETS_TARGET  |
        # |28 − 25| = 3 > 2.5; −5 → 3 overshoots, moving away from 0: slope 2, 2030: 3 + 6·2 = 15
        approxOvershootRegresses           | APPROX_REFERENCE   |           | 2020:20 2024:28            | 2020:25 2024:25         | 2024 | REGRESSING         | MOVING_WRONG_WAY     | 15.0000
        # own tolerance 1: |26.5 − 25| = 1.5 > 1
        approxOwnTolerance                 | APPROX_REFERENCE   | 1         | 2024:26.5                  | 2024:25                 | 2024 | INSUFFICIENT_TREND | SINGLE_VALUE         |
        # −4, −3: towards 0 by 0.5 a year, 2030: −3 + 8·0.5 = 1, |1| ≤ 1 (tolerance 1)
        approxProjectionInsideTolerance    | APPROX_REFERENCE   | 1         | 2020:21 2022:22            | 2020:25 2022:25         | 2022 | ON_TRACK           | PROJECTION_MEETS_TARGET | 1.0000
        """)
    void referenceKindsCompareWithTheReferenceOfTheSameYear(
            String behaviour,
            TargetKind kind,
            String tolerance,
            String values,
            String reference,
            int asOf,
            Status status,
            Rule rule,
            String projection) {
        TargetResult r = evaluateReference(kind, tolerance, values, reference, asOf);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
        assertEquals(
                d(projection), r.projection() == null ? null : r.projection().value(), behaviour);
        assertNull(r.openSdg(), behaviour);
    }

    @Test
    void referenceExplanationNamesBothValuesAndTheDifferenceInPoints() {
        TargetResult r =
                evaluateReference(TargetKind.AT_LEAST_REFERENCE, null, "2020:26 2024:28", "2020:25 2024:25", 2024);
        assertEquals("2024年女党员代表比例为28%，党员总数中女性比例为25%，高出3个百分点，已达到“不低于党员总数中女性比例”的目标。", r.explanation());
        assertEquals(List.of(new Point(2020, d("1")), new Point(2024, d("3"))), r.values());

        TargetResult approx = evaluateReference(TargetKind.APPROX_REFERENCE, null, "2024:27", "2024:25", 2024);
        assertEquals(d("2.5"), approx.tolerance().stripTrailingZeros());
        assertEquals(
                "2024年女党员代表比例为27%，党员总数中女性比例为25%，高出2个百分点，已达到“与党员总数中女性比例相当（±2.5个百分点）”的目标"
                        + "（2020年无数据，以2024年值2个百分点作为基线）。",
                approx.explanation());
    }

    @Test
    void missingReferenceIsSaidSo() {
        TargetResult r = evaluateReference(TargetKind.AT_LEAST_REFERENCE, null, "2020:26 2024:27", "", 2024);
        assertEquals("截至2024年参照指标“党员总数中女性比例”尚无与女党员代表比例同年的数据，无法评估“不低于党员总数中女性比例”的目标。", r.explanation());
        // without a reference at all the engine still names the code it was asked to compare with
        TargetResult none = Evaluator.evaluate(EvaluationInput.of(
                reference(TargetKind.AT_LEAST_REFERENCE, null), DELEGATES, PLAN, 2024, series("2024:27")));
        assertEquals(Rule.NO_REFERENCE_VALUE, none.rule());
    }

    @Test
    void referenceKindsRefuseScopeEach() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Target(
                        "r",
                        TargetKind.AT_LEAST_REFERENCE,
                        null,
                        false,
                        false,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        Scope.EACH_TOWNSHIP,
                        null,
                        null,
                        MEMBERS.code()));
    }
}
