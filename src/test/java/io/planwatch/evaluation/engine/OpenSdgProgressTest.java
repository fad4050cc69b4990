package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples of the Open SDG progress measure, base year 2020 and target year 2030.
 * CAGR(v1, v0, t1, t0) = (v1/v0)^(1/(t1 − t0)) − 1. P is reported to 6 decimals, the score to 4.
 */
class OpenSdgProgressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # behaviour                        | series                | target | d  | limit | value     | status               | score
        # method 2: CAGR_o = (6/8)^(1/4) − 1 = −0.069395, CAGR_r = (5/8)^(1/10) − 1 = −0.045913,
        #   P = −1·(−0.069395)/0.045913 = 1.511450 ≥ 0.95; score min(7.1429·1.51145 − 4.2857, 5) = 5
        method2Substantial                 | 2020:8 2024:6         | 5      | -1 | null  | 1.511450  | substantial_progress | 5.0000
        # CAGR_o = (6.8/8)^(1/4) − 1 = −0.039815, P = 0.039815/0.045913 = 0.867193; 7.1429·0.867193 − 4.2857 = 1.9086
        method2Moderate                    | 2020:8 2024:6.8       | 5      | -1 | null  | 0.867193  | moderate_progress    | 1.9086
        # CAGR_o = (7.2/8)^(1/4) − 1 = −0.025996, P = 0.566207 < 0.6; 4.1667·0.566207 − 2.5 = −0.1408
        method2Limited                     | 2020:8 2024:7.2       | 5      | -1 | null  | 0.566207  | limited_progress     | -0.1408
        # CAGR_o = (8.4/8)^(1/4) − 1 = +0.012272, P = −0.267294; 4.1667·(−0.267294) − 2.5 = −3.6137
        method2Deterioration               | 2020:8 2024:8.4       | 5      | -1 | null  | -0.267294 | deterioration        | -3.6137
        # 4.9 ≤ 5: target_achieved scores 5 whatever P is; P = −((4.9/8)^(1/4) − 1)/0.045913 = 2.512139
        method2TargetAchieved              | 2020:8 2024:4.9       | 5      | -1 | null  | 2.512139  | target_achieved      | 5.0000
        # target_achieved is checked before the two-year condition, as in sdg-build
        targetAchievedNeedsNoTrend         | 2024:4.9              | 5      | -1 | null  | null      | target_achieved      | 5.0000
        # target 0 → 0.001: CAGR_o = (0.05/0.1)^(1/2) − 1 = −0.292893, CAGR_r = (0.001/0.1)^(1/10) − 1 = −0.369043,
        #   P = 0.793657; 7.1429·0.793657 − 4.2857 = 1.3833
        zeroTargetIsReplaced               | 2020:0.1 2022:0.05    | 0      | -1 | null  | 0.793657  | moderate_progress    | 1.3833
        # no 2020 value: base year 2021. CAGR_o = (6/8)^(1/3) − 1 = −0.091440, CAGR_r = (5/8)^(1/9) − 1 = −0.050882,
        #   P = 1.797077 → score capped at 5
        baseYearMovesToFirstLaterYear      | 2019:9 2021:8 2024:6  | 5      | -1 | null  | 1.797077  | substantial_progress | 5.0000
        # method 1, C = 1: P = (54/50)^(1/4) − 1 = 0.019427 ≥ 0.015; min(500·0.019427 − 5, 5) = 4.7133
        method1Substantial                 | 2020:50 2024:54       | null   | 1  | null  | 0.019427  | substantial_progress | 4.7133
        # P = (51.1/50)^(1/4) − 1 = 0.005455 ∈ [0.005, 0.015); 250·0.005455 − 1.25 = 0.1138
        method1Moderate                    | 2020:50 2024:51.1     | null   | 1  | null  | 0.005455  | moderate_progress    | 0.1138
        # P = (50.5/50)^(1/4) − 1 = 0.002491 ∈ [0, 0.005); 500·0.002491 − 2.5 = −1.2547
        method1Limited                     | 2020:50 2024:50.5     | null   | 1  | null  | 0.002491  | limited_progress     | -1.2547
        # P = (48/50)^(1/4) − 1 = −0.010154 < 0; max(125·(−0.010154) − 2.5, −5) = −3.7692
        method1Deterioration               | 2020:50 2024:48       | null   | 1  | null  | -0.010154 | deterioration        | -3.7692
        # limit 100, b = 90 ≤ L: C = 1 − 0.9^4.44 = 0.373622; thresholds 0.005604 and 0.001868;
        #   P = (91/90)^(1/4) − 1 = 0.002766 → moderate; 250·0.002766/0.373622 − 1.25 = 0.6010
        method1NaturalLimitShrinksBands    | 2020:90 2024:91       | null   | 1  | 100   | 0.002766  | moderate_progress    | 0.6010
        # the same data without a limit: 0.002766 < 0.005 → limited; 500·0.002766 − 2.5 = −1.1169
        method1WithoutLimitSameData        | 2020:90 2024:91       | null   | 1  | null  | 0.002766  | limited_progress     | -1.1169
        # L < b = 150 < 2L: C = 1 − ((200 − 150)/100)^4.44 = 0.953929; P = (151/150)^(1/4) − 1 = 0.001663 < 0.004770;
        #   500·0.001663/0.953929 − 2.5 = −1.6286
        method1BaseBetweenLimitAndTwice    | 2020:150 2024:151     | null   | 1  | 100   | 0.001663  | limited_progress     | -1.6286
        # b = L: C = 0, every threshold 0, P = 0 ≥ 0 → substantial with score 5
        method1AtTheLimit                  | 2020:100 2024:100     | null   | 1  | 100   | 0.000000  | substantial_progress | 5.0000
        # base 0 → 0.001: P = −1·((0.004/0.001)^(1/2) − 1) = −1; max(125·(−1) − 2.5, −5) = −5
        zeroBaseIsReplaced                 | 2020:0 2022:0.004     | null   | -1 | null  | -1.000000 | deterioration        | -5.0000
        # method 2, base 0 → 0.001: CAGR_o = (2/0.001)^(1/4) − 1 = 5.687403, CAGR_r = (5/0.001)^(1/10) − 1 = 1.343673,
        #   P = 4.232729 ≥ 0.95; score capped at 5
        zeroBaseIsReplacedUnderMethod2     | 2020:0 2024:2         | 5      | 1  | null  | 4.232729  | substantial_progress | 5.0000
        # negative base: sign −1; P = −1·1·((−5/−10)^(1/4) − 1) = 0.159104
        negativeBaseFlipsTheSign           | 2020:-10 2024:-5      | null   | 1  | null  | 0.159104  | substantial_progress | 5.0000
        tooFewYears                        | 2024:6                | 5      | -1 | null  | null      | not_available        | null
        noYearFromTheBaseYearOn            | 2018:6 2019:5.5       | 5      | -1 | null  | null      | not_available        | null
        baseAndCurrentOfOppositeSign       | 2020:-1 2024:2        | null   | 1  | null  | null      | not_available        | null
        noData                             |                       | 5      | -1 | null  | null      | not_available        | null
        # a target equal to the base asks for no growth: P would divide by 0
        targetEqualToBase                  | 2020:5 2024:6         | 5      | -1 | null  | null      | not_available        | null
        """)
    void measureFollowsTheStatisticsCanadaMethod(
            String behaviour,
            String series,
            String target,
            int direction,
            String limit,
            String value,
            String status,
            String score) {
        OpenSdg m = OpenSdgProgress.measure(series(series), 2020, d(target), 2030, direction, d(limit));
        assertEquals(status, m.status(), behaviour);
        assertEquals(d(value), m.value(), behaviour);
        assertEquals(d(score), m.score(), behaviour);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # behaviour                          | series        | targetYear
        # base year 2026 (first year with data from 2020 on) is after the target year 2025: t − t0 < 0
        baseYearAfterTheTargetYear           | 2026:8 2027:6 | 2025
        baseYearEqualToTheTargetYear         | 2025:8 2027:6 | 2025
        """)
    void targetYearNotAfterTheBaseYearIsNotAvailable(String behaviour, String series, int targetYear) {
        OpenSdg m = OpenSdgProgress.measure(series(series), 2020, d("5"), targetYear, -1, null);
        assertEquals(OpenSdg.notAvailable(), m, behaviour);
    }
}
