package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.IMR;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planwatch.vocabulary.TargetKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per (kind, status): series, target and the status and rule the engine must reach, with the least-squares
 * arithmetic worked in the comments. Target year 2030, baseline 2020 throughout.
 */
class StatusRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour                          | kind            | value | strict | indicator | series                          | asOf | status             | rule                           | projection
        # slope 0.69/4 = 0.1725, 2030: 3.1 + 6·0.1725 = 4.135 (shown even when achieved)
        atMostLatestMeets                    | AT_MOST         | 5     | false  | IMR       | 2020:2.41 2024:3.1              | 2024 | ACHIEVED           | LATEST_MEETS_TARGET            | 4.1350
        atMostBoundaryIsMet                  | AT_MOST         | 5     | false  | IMR       | 2020:6 2024:5                   | 2024 | ACHIEVED           | LATEST_MEETS_TARGET            | 3.5000
        # strict "低于5‰": 5 misses; slope (5−6)/4 = −0.25, 2030: 5 − 6·0.25 = 3.5 < 5
        strictBoundaryIsNotMet               | AT_MOST         | 5     | true   | IMR       | 2020:6 2024:5                   | 2024 | ON_TRACK           | PROJECTION_MEETS_TARGET        | 3.5000
        # slope −0.5 around (2021, 7.5): 2030 → 7.5 − 0.5·9 = 3.0
        atMostProjectionMeets                | AT_MOST         | 5     | false  | IMR       | 2020:8 2021:7.5 2022:7          | 2022 | ON_TRACK           | PROJECTION_MEETS_TARGET        | 3.0000
        # slope −0.1 around (2021, 7.9): 2030 → 7.9 − 0.1·9 = 7.0 > 5
        atMostProjectionMisses               | AT_MOST         | 5     | false  | IMR       | 2020:8 2021:7.9 2022:7.8        | 2022 | AT_RISK            | PROJECTION_MISSES_TARGET       | 7.0000
        # slope +0.2: 2030 → 8.2 + 0.2·9 = 10.0
        atMostMovingWrongWay                 | AT_MOST         | 5     | false  | IMR       | 2020:8 2021:8.2 2022:8.4        | 2022 | REGRESSING         | MOVING_WRONG_WAY               | 10.0000
        flatSeriesIsNotMovingTheRightWay     | AT_MOST         | 5     | false  | IMR       | 2020:8 2021:8                   | 2021 | REGRESSING         | MOVING_WRONG_WAY               | 8.0000
        atMostSingleValue                    | AT_MOST         | 5     | false  | IMR       | 2022:8                          | 2022 | INSUFFICIENT_TREND | SINGLE_VALUE                   |
        atMostMissedInTargetYear             | AT_MOST         | 5     | false  | IMR       | 2020:8 2030:6                   | 2030 | NOT_ACHIEVED       | TARGET_YEAR_PASSED             |
        valuesAfterAsOfAreIgnored            | AT_MOST         | 5     | false  | IMR       | 2025:3                          | 2024 | NO_DATA            | NO_VALUE_AS_OF                 |
        noValuesAtAll                        | AT_LEAST        | 95    | false  | ENROLMENT |                                 | 2024 | NO_DATA            | NO_VALUE_AS_OF                 |
        atLeastBoundaryIsMet                 | AT_LEAST        | 95    | false  | ENROLMENT | 2020:90 2024:95                 | 2024 | ACHIEVED           | LATEST_MEETS_TARGET            | 100.0000
        # strict "超过95%": 95 misses; slope 5/4 = 1.25, 2030: 95 + 6·1.25 = 102.5 → clipped to 100
        strictAtLeastBoundaryIsNotMet        | AT_LEAST        | 95    | true   | ENROLMENT | 2020:90 2024:95                 | 2024 | ON_TRACK           | PROJECTION_MEETS_TARGET        | 100.0000
        # slope 3, 2030: 96 + 8·3 = 120 → clipped to maxValue 100, which meets 99
        projectionIsClippedToTheRange        | AT_LEAST        | 99    | false  | ENROLMENT | 2020:90 2022:96                 | 2022 | ON_TRACK           | PROJECTION_MEETS_TARGET        | 100.0000
        # slope −2, 2030: 86 − 16 = 70
        atLeastMovingWrongWay                | AT_LEAST        | 95    | false  | ENROLMENT | 2020:90 2022:86                 | 2022 | REGRESSING         | MOVING_WRONG_WAY               | 70.0000
        # tolerance 10% of 5 = 0.5: |5.5 − 5| = 0.5 is inside
        approxDefaultToleranceIsTenPercent   | APPROX          | 5     | false  | IMR       | 2020:7 2024:5.5                 | 2024 | ACHIEVED           | LATEST_MEETS_TARGET            | 3.2500
        # |5.6 − 5| = 0.6 > 0.5; slope (5.6−7)/4 = −0.35 towards 5; 2030: 5.6 − 6·0.35 = 3.5, |3.5 − 5| > 0.5
        approxOvershootingProjectionIsAtRisk | APPROX          | 5     | false  | IMR       | 2020:7 2024:5.6                 | 2024 | AT_RISK            | PROJECTION_MISSES_TARGET       | 3.5000
        # slope −0.2, 2030: 6.6 − 8·0.2 = 5.0
        approxProjectionInsideTolerance      | APPROX          | 5     | false  | IMR       | 2020:7 2022:6.6                 | 2022 | ON_TRACK           | PROJECTION_MEETS_TARGET        | 5.0000
        # from below: 4 → 4.2 rises towards 5, 2030: 4.2 + 8·0.1 = 5.0
        approxFromBelowMovesUp               | APPROX          | 5     | false  | IMR       | 2020:4 2022:4.2                 | 2022 | ON_TRACK           | PROJECTION_MEETS_TARGET        | 5.0000
        approxFromBelowFallingRegresses      | APPROX          | 5     | false  | IMR       | 2020:4.4 2022:4.2               | 2022 | REGRESSING         | MOVING_WRONG_WAY               | 3.4000
        # t̄ 2021, x̄ 9.5, Sxy = (−1)(0.5) + (1)(0) = −0.5, Sxx = 2 → slope −0.25; 9.5 < 10; 2030: 9.5 − 9·0.25 = 7.25
        trendDownRightWayAndBetter           | TREND_DOWN      |       | false  | IMR       | 2020:10 2021:9 2022:9.5         | 2022 | ACHIEVED           | TREND_RIGHT_WAY_AND_BETTER     | 7.2500
        trendDownWrongWay                    | TREND_DOWN      |       | false  | IMR       | 2020:10 2021:10.5 2022:11       | 2022 | REGRESSING         | TREND_WRONG_WAY                | 15.0000
        # x̄ 10, t̄ 2021.5, Sxy = (−0.5)(2) + (0.5)(−2) = −2, Sxx = 5 → slope −0.4, but 10 is not below the base 10;
        # 2030: 10 − 8.5·0.4 = 6.6
        trendDownNotBetterThanBaseline       | TREND_DOWN      |       | false  | IMR       | 2020:10 2021:12 2022:8 2023:10  | 2023 | AT_RISK            | TREND_NOT_BETTER_THAN_BASELINE | 6.6000
        trendDownHeldAtFloorIsAchieved       | TREND_DOWN      |       | false  | IMR       | 2020:0 2021:0 2022:0            | 2022 | ACHIEVED           | TREND_AT_LIMIT                 | 0.0000
        # an enrolment held at its ceiling 100 cannot rise further
        trendUpHeldAtCeilingIsAchieved       | TREND_UP        |       | false  | ENROLMENT | 2020:100 2022:100               | 2022 | ACHIEVED           | TREND_AT_LIMIT                 | 100.0000
        trendUpRightWayAndBetter             | TREND_UP        |       | false  | ENROLMENT | 2020:80 2022:85                 | 2022 | ACHIEVED           | TREND_RIGHT_WAY_AND_BETTER     | 100.0000
        trendUpMissedInTargetYear            | TREND_UP        |       | false  | ENROLMENT | 2020:80 2030:79                 | 2030 | NOT_ACHIEVED       | TARGET_YEAR_PASSED             |
        trendUpSingleValue                   | TREND_UP        |       | false  | ENROLMENT | 2021:80                         | 2022 | INSUFFICIENT_TREND | SINGLE_VALUE                   |
        """)
    void statusFollowsTheRules(
            String behaviour,
            TargetKind kind,
            String value,
            boolean strict,
            String indicator,
            String series,
            int asOf,
            Status status,
            Rule rule,
            String projection) {
        Target target = strict ? Fixtures.strict(kind, value) : Fixtures.target(kind, value);
        TargetResult r = evaluate(target, "ENROLMENT".equals(indicator) ? ENROLMENT : IMR, asOf, series);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
        assertEquals(
                d(projection), r.projection() == null ? null : r.projection().value(), behaviour);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # 5左右 with an explicit tolerance 0.35 (the default would be 0.5)
        # behaviour                          | series          | status   | rule                     | projection
        # slope −0.175, 2030: 5.3 − 6·0.175 = 4.25
        approxInsideExplicitTolerance        | 2020:6 2024:5.3  | ACHIEVED | LATEST_MEETS_TARGET      | 4.2500
        # |5.35 − 5| = 0.35 is inside; slope −0.1625, 2030: 5.35 − 0.975 = 4.375
        approxOnTheExplicitToleranceIsMet    | 2020:6 2024:5.35 | ACHIEVED | LATEST_MEETS_TARGET      | 4.3750
        # |5.4 − 5| = 0.4 > 0.35 (inside the default 0.5); slope −0.15, 2030: 4.5, |4.5 − 5| = 0.5 > 0.35
        approxOutsideExplicitInsideDefault   | 2020:6 2024:5.4  | AT_RISK  | PROJECTION_MISSES_TARGET | 4.5000
        # slope −0.1, 2030: 5.6 − 0.6 = 5.0
        approxProjectionInsideExplicit       | 2020:6 2024:5.6  | ON_TRACK | PROJECTION_MEETS_TARGET  | 5.0000
        """)
    void approxUsesItsExplicitTolerance(String behaviour, String series, Status status, Rule rule, String projection) {
        Target t = new Target(
                "t1", TargetKind.APPROX, d("5"), false, false, null, d("0.35"), null, null, List.of(), null, null);
        TargetResult r = evaluate(t, IMR, 2024, series);
        assertEquals(status, r.status(), behaviour);
        assertEquals(rule, r.rule(), behaviour);
        assertEquals(d(projection), r.projection().value(), behaviour);
        assertEquals(d("0.35"), r.tolerance(), behaviour);
    }

    @org.junit.jupiter.api.Test
    void theToleranceInForceIsReportedForApproxOnly() {
        // 10 % of 5 = 0.5 by default
        assertEquals(
                0,
                d("0.5").compareTo(evaluate(Fixtures.target(TargetKind.APPROX, "5"), IMR, 2024, "2020:7 2024:5.5")
                        .tolerance()));
        assertEquals(
                null,
                evaluate(Fixtures.target(TargetKind.AT_MOST, "5"), IMR, 2024, "2020:7 2024:5.5")
                        .tolerance());
    }

    @org.junit.jupiter.api.Test
    void progressIsNullWhenTheBaselineAlreadyMeetsTheTarget() {
        // 2.41 ≤ 5 in 2020: (3.1 − 2.41)/(5 − 2.41) = 0.27 would read a rise in mortality as progress
        TargetResult r = evaluate(Fixtures.target(TargetKind.AT_MOST, "5"), IMR, 2024, "2020:2.41 2024:3.1");
        assertEquals(Status.ACHIEVED, r.status());
        assertEquals(null, r.progressSoFar());
        assertEquals(null, r.anticipatedProgress());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour          | base | latest | projection | progressSoFar | anticipated
        # (7 − 8)/(5 − 8) = 0.3333; (3 − 8)/(5 − 8) = 1.6667
        onTrackProgress      | 8    | 7      | 3.0000     | 0.3333        | 1.6667
        """)
    void progressIsMeasuredFromTheBaselineTowardsTheTarget(
            String behaviour, String base, String latest, String projection, String soFar, String anticipated) {
        TargetResult r = evaluate(Fixtures.target(TargetKind.AT_MOST, "5"), IMR, 2022, "2020:8 2021:7.5 2022:7");
        assertEquals(d(base), r.baseline().value());
        assertEquals(d(latest), r.latest().value());
        assertEquals(d(projection), r.projection().value());
        assertEquals(d(soFar), r.progressSoFar());
        assertEquals(d(anticipated), r.anticipatedProgress());
        assertEquals("OLS", r.projection().method());
        assertEquals(new BigDecimal("-0.500000"), r.slope());
    }

    @org.junit.jupiter.api.Test
    void progressIsNullWhereTheTargetEqualsTheBaseline() {
        TargetResult r = evaluate(Fixtures.target(TargetKind.AT_MOST, "8"), IMR, 2022, "2020:8 2022:9");
        assertEquals(null, r.progressSoFar());
        assertEquals(null, r.anticipatedProgress());
        assertEquals(Status.REGRESSING, r.status());
    }

    @org.junit.jupiter.api.Test
    void trendTargetsHaveNoProgressRatios() {
        TargetResult r = evaluate(Fixtures.target(TargetKind.TREND_DOWN, null), IMR, 2022, "2020:10 2022:9");
        assertEquals(null, r.targetValue());
        assertEquals(null, r.progressSoFar());
        assertEquals(List.of(new Point(2020, d("10")), new Point(2022, d("9"))), r.values());
    }
}
