package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.IMR;
import static io.planwatch.evaluation.engine.Fixtures.codes;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each warning code raised (or deliberately not raised) with the numbers behind it. SUBUNIT_FAILING: EachScopeTest. */
class WarningRulesTest {
    private static final Target AT_MOST_5 = Fixtures.target(TargetKind.AT_MOST, "5");
    private static final Target AT_LEAST_95 = Fixtures.target(TargetKind.AT_LEAST, "95");
    private static final Target MAINTAIN_95 =
            new Target("t1", TargetKind.AT_LEAST, d("95"), false, true, null, null, null, null, List.of(), null, null);
    private static final Target AT_MOST_5_MILESTONE_6 = new Target(
            "t1",
            TargetKind.AT_MOST,
            d("5"),
            false,
            false,
            null,
            null,
            null,
            null,
            List.of(new Milestone(2025, d("6"))),
            null,
            null);
    private static final Indicator IMR_CALM = new Indicator(
            "CH-HEALTH-IMR",
            "婴儿死亡率",
            Unit.PER_MILLE,
            Polarity.LOWER_IS_BETTER,
            BigDecimal.ZERO,
            null,
            new BigDecimal("0.5"));

    static Stream<Arguments> raised() {
        return Stream.of(
                // slope −0.1, 2030: 7.0 > 5
                Arguments.of(
                        "atRiskCarriesTheProjection",
                        AT_MOST_5,
                        IMR,
                        "2020:8 2021:7.9 2022:7.8",
                        2022,
                        WarningCode.AT_RISK,
                        2022,
                        Map.of("latest", "7.8", "target", "5", "projection", "7.0")),
                // Sxy = (−1)(−0.2) + (1)(0.2) = 0.4, Sxx = 2 → slope 0.2
                Arguments.of(
                        "regressingCarriesTheSlope",
                        AT_MOST_5,
                        IMR,
                        "2020:8 2021:8.2 2022:8.4",
                        2022,
                        WarningCode.REGRESSING,
                        2022,
                        Map.of("latest", "8.4", "slope", "0.2")),
                Arguments.of(
                        "notAchievedInTargetYear",
                        AT_MOST_5,
                        IMR,
                        "2020:8 2030:6",
                        2030,
                        WarningCode.NOT_ACHIEVED,
                        2030,
                        Map.of("latest", "6", "target", "5")),
                // |5.2 − 4| / 4 = 0.30 > 0.20
                Arguments.of(
                        "volatileAboveDefaultThreshold",
                        AT_MOST_5,
                        IMR,
                        "2021:4 2022:5.2 2023:5.0",
                        2023,
                        WarningCode.VOLATILE,
                        2022,
                        Map.of("from", "4", "to", "5.2", "relativeChange", "0.30", "threshold", "0.20")),
                // |3.60001 − 3| / 3 = 0.200003 > 0.20: decided unrounded, reported rounded to 4 decimals
                Arguments.of(
                        "volatileJustAboveTheThresholdIsFlagged",
                        AT_MOST_5,
                        IMR,
                        "2022:3 2023:3.60001",
                        2023,
                        WarningCode.VOLATILE,
                        2023,
                        Map.of("from", "3", "to", "3.60001", "relativeChange", "0.2000", "threshold", "0.20")),
                // from 0 there is no relative change: any move is reported
                Arguments.of(
                        "volatileFromZero",
                        AT_MOST_5,
                        IMR,
                        "2022:0 2023:0.5",
                        2023,
                        WarningCode.VOLATILE,
                        2023,
                        Map.of("from", "0", "to", "0.5")),
                Arguments.of(
                        "maintainBreachAfterFirstMet",
                        MAINTAIN_95,
                        ENROLMENT,
                        "2020:96 2021:94 2022:96",
                        2022,
                        WarningCode.MAINTAIN_BREACH,
                        2021,
                        Map.of("value", "94", "target", "95", "firstMetYear", "2020")),
                // 6.5 > 6 in 2025; status still ON_TRACK: slope −0.3, 2030: 6.5 − 1.5 = 5.0
                Arguments.of(
                        "milestoneMissed",
                        AT_MOST_5_MILESTONE_6,
                        IMR,
                        "2020:8 2025:6.5",
                        2025,
                        WarningCode.MILESTONE_MISSED,
                        2025,
                        Map.of("milestone", "6", "value", "6.5", "valueYear", "2025")),
                Arguments.of(
                        "milestoneJudgedOnLatestEarlierValue",
                        AT_MOST_5_MILESTONE_6,
                        IMR,
                        "2020:8 2023:6.5",
                        2025,
                        WarningCode.MILESTONE_MISSED,
                        2025,
                        Map.of("value", "6.5", "valueYear", "2023")),
                Arguments.of(
                        "staleWithoutYNorYMinusOne",
                        AT_MOST_5,
                        IMR,
                        "2020:8 2022:7",
                        2024,
                        WarningCode.STALE,
                        2024,
                        Map.of("latestYear", "2022")),
                Arguments.of(
                        "staleWithNoDataAtAll", AT_LEAST_95, ENROLMENT, "", 2024, WarningCode.STALE, 2024, Map.of()),
                // 000's 婴儿死亡率: ≤ 5‰ against 2.41‰ in 2020
                Arguments.of(
                        "weakerThanBaseline",
                        AT_MOST_5,
                        IMR,
                        "2020:2.41 2024:3.1",
                        2024,
                        WarningCode.WEAKER_THAN_BASELINE,
                        2020,
                        Map.of("baseline", "2.41", "target", "5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("raised")
    void warningIsRaisedWithItsNumbers(
            String behaviour,
            Target target,
            Indicator indicator,
            String series,
            int asOf,
            WarningCode code,
            int year,
            Map<String, String> numbers) {
        TargetResult r = evaluate(target, indicator, asOf, series);
        Warning w =
                r.warnings().stream().filter(x -> x.code() == code).findFirst().orElse(null);
        assertNotNull(w, behaviour + ": " + codes(r));
        assertEquals(year, w.year(), behaviour);
        assertFalse(w.message().isBlank());
        numbers.forEach((k, v) -> {
            assertNotNull(w.numbers().get(k), behaviour + " lacks " + k);
            assertEquals(
                    0,
                    d(v).compareTo(w.numbers().get(k)),
                    behaviour + " " + k + "=" + w.numbers().get(k));
        });
    }

    static Stream<Arguments> notRaised() {
        return Stream.of(
                // |4.8 − 4| / 4 = 0.20 is not larger than 0.20
                Arguments.of(
                        "volatileAtExactlyTheThresholdIsCalm",
                        AT_MOST_5,
                        IMR,
                        "2021:4 2022:4.8",
                        2022,
                        WarningCode.VOLATILE),
                // 30% is under this indicator's own 50%
                Arguments.of(
                        "volatileUsesTheIndicatorsThreshold",
                        AT_MOST_5,
                        IMR_CALM,
                        "2021:4 2022:5.2",
                        2022,
                        WarningCode.VOLATILE),
                // the 4 → 6 jump ends in 2021, before Y−2 = 2022
                Arguments.of(
                        "volatileLooksAtTheLastThreeYearsOnly",
                        AT_MOST_5,
                        IMR,
                        "2020:4 2021:6 2022:6 2023:6 2024:6",
                        2024,
                        WarningCode.VOLATILE),
                // 2019 → 2021 is not a year-on-year change
                Arguments.of("volatileSkipsGapYears", AT_MOST_5, IMR, "2019:4 2021:6", 2021, WarningCode.VOLATILE),
                Arguments.of(
                        "maintainBreachOnlyForMaintainTargets",
                        AT_LEAST_95,
                        ENROLMENT,
                        "2020:96 2021:94 2022:96",
                        2022,
                        WarningCode.MAINTAIN_BREACH),
                Arguments.of(
                        "missesBeforeFirstMetAreNoBreach",
                        MAINTAIN_95,
                        ENROLMENT,
                        "2020:90 2021:94 2022:96",
                        2022,
                        WarningCode.MAINTAIN_BREACH),
                Arguments.of(
                        "milestoneMet",
                        AT_MOST_5_MILESTONE_6,
                        IMR,
                        "2020:8 2025:5.9",
                        2025,
                        WarningCode.MILESTONE_MISSED),
                // no value at or before 2025: the milestone is not judged (STALE speaks for the missing data)
                Arguments.of(
                        "milestoneWithoutAnyEarlierValueIsNotJudged",
                        AT_MOST_5_MILESTONE_6,
                        IMR,
                        "2026:7 2027:6.8",
                        2027,
                        WarningCode.MILESTONE_MISSED),
                Arguments.of(
                        "milestoneNotYetDue",
                        AT_MOST_5_MILESTONE_6,
                        IMR,
                        "2020:8 2024:7",
                        2024,
                        WarningCode.MILESTONE_MISSED),
                Arguments.of("notStaleWithYMinusOne", AT_MOST_5, IMR, "2020:8 2023:7", 2024, WarningCode.STALE),
                Arguments.of(
                        "notWeakerWhenBaselineMisses",
                        AT_MOST_5,
                        IMR,
                        "2020:8 2024:4",
                        2024,
                        WarningCode.WEAKER_THAN_BASELINE),
                Arguments.of(
                        "achievedRaisesNoStatusWarning", AT_MOST_5, IMR, "2020:8 2024:4", 2024, WarningCode.AT_RISK));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRaised")
    void warningIsNotRaised(
            String behaviour, Target target, Indicator indicator, String series, int asOf, WarningCode code) {
        TargetResult r = evaluate(target, indicator, asOf, series);
        assertFalse(codes(r).contains(code), behaviour + ": " + codes(r));
    }

    @org.junit.jupiter.api.Test
    void missedMilestoneDoesNotOverrideAProjectionThatMeets() {
        TargetResult r = evaluate(AT_MOST_5_MILESTONE_6, IMR, 2025, "2020:8 2025:6.5");
        assertEquals(Status.ON_TRACK, r.status());
        assertEquals(List.of(WarningCode.MILESTONE_MISSED), codes(r));
    }

    @org.junit.jupiter.api.Test
    void maintainBreachKeepsTheStatusOfTheLatestValue() {
        TargetResult r = evaluate(MAINTAIN_95, ENROLMENT, 2022, "2020:96 2021:94 2022:96");
        assertEquals(Status.ACHIEVED, r.status());
        assertTrue(codes(r).containsAll(List.of(WarningCode.WEAKER_THAN_BASELINE, WarningCode.MAINTAIN_BREACH)));
    }

    @org.junit.jupiter.api.Test
    void maintainBreachIsRaisedForEveryYearItBreaks() {
        // met from 2020; 94 in 2021 and 93 in 2023 break it, 96 in 2022 does not
        TargetResult r = evaluate(MAINTAIN_95, ENROLMENT, 2023, "2020:96 2021:94 2022:96 2023:93");
        List<Warning> breaches = r.warnings().stream()
                .filter(w -> w.code() == WarningCode.MAINTAIN_BREACH)
                .toList();
        assertEquals(List.of(2021, 2023), breaches.stream().map(Warning::year).toList());
        assertEquals(0, d("93").compareTo(breaches.get(1).numbers().get("value")));
        assertEquals(0, d("2020").compareTo(breaches.get(1).numbers().get("firstMetYear")));
    }

    @org.junit.jupiter.api.Test
    void statusWarningSlopeIsRoundedLikeTheResult() {
        // t̄ = 2021⅓, x̄ = 8.1; Sxy = (−4/3)(−0.1) + (5/3)(0.1) = 0.3, Sxx = 16/9 + 1/9 + 25/9 = 42/9
        // → slope 2.7/42 = 0.0642857…, six decimals 0.064286 (as the result's slope)
        TargetResult r = evaluate(AT_MOST_5, IMR, 2023, "2020:8 2021:8.1 2023:8.2");
        Warning w = r.warnings().get(0);
        assertEquals(WarningCode.REGRESSING, w.code());
        assertEquals(new BigDecimal("0.064286"), w.numbers().get("slope"));
        assertEquals(r.slope(), w.numbers().get("slope"));
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
        # behaviour                | kind       | value | indicator | series                         | asOf | code         | message
        # slope −0.1, 2030: 7.9 − 0.9 = 7
        atRiskByProjection         | AT_MOST    | 5     | IMR       | 2020:8 2021:7.9 2022:7.8       | 2022 | AT_RISK      | 按趋势推算2030年为7.0‰，预计完成困难
        # slope −0.4 (StatusRulesTest), but 10 is not below the 2020 value 10: no projection is involved
        atRiskTrendNotBetter       | TREND_DOWN |       | IMR       | 2020:10 2021:12 2022:8 2023:10 | 2023 | AT_RISK      | 趋势虽向目标方向变化（年均变化-0.4个千分点），但最新值10‰未优于2020年基线值10‰
        regressingLevel            | AT_MOST    | 5     | IMR       | 2020:8 2021:8.2 2022:8.4       | 2022 | REGRESSING   | 最新值8.4‰未达标，且未向目标方向变化
        regressingTrend            | TREND_DOWN |       | IMR       | 2020:10 2021:10.5 2022:11      | 2022 | REGRESSING   | 2020年以来未向目标方向变化：基线值10‰，最新值11‰，年均变化0.5个千分点
        notAchievedLevel           | AT_MOST    | 5     | IMR       | 2020:8 2030:6                  | 2030 | NOT_ACHIEVED | 目标年已到，最新值6‰未达到目标
        # slope (79 − 80)/10 = −0.1
        notAchievedTrend           | TREND_UP   |       | ENROLMENT | 2020:80 2030:79                | 2030 | NOT_ACHIEVED | 目标年已到，未实现目标趋势：2020年基线值80%，最新值79%，年均变化-0.1个百分点
        """)
    void statusWarningMessageStatesTheRuleThatDecided(
            String behaviour,
            TargetKind kind,
            String value,
            String indicator,
            String series,
            int asOf,
            WarningCode code,
            String message) {
        TargetResult r =
                evaluate(Fixtures.target(kind, value), "ENROLMENT".equals(indicator) ? ENROLMENT : IMR, asOf, series);
        Warning w = r.warnings().get(0);
        assertEquals(code, w.code(), behaviour);
        assertEquals(message, w.message(), behaviour);
    }

    static Stream<Arguments> messages() {
        Indicator doctors = new Indicator(
                "CH-HEALTH-PAED",
                "每千名儿童拥有儿科执业（助理）医生数",
                Unit.PER_1000_CHILDREN,
                Polarity.HIGHER_IS_BETTER,
                BigDecimal.ZERO,
                null,
                null);
        return Stream.of(
                Arguments.of(
                        AT_MOST_5,
                        IMR,
                        "2020:2.41 2024:3.1",
                        2024,
                        WarningCode.WEAKER_THAN_BASELINE,
                        "2020年基线值2.41‰已达到目标值5‰，目标未要求进步"),
                // the relative change of VOLATILE stays a plain percentage, whatever the unit
                Arguments.of(
                        AT_LEAST_95,
                        ENROLMENT,
                        "2021:50 2022:62",
                        2022,
                        WarningCode.VOLATILE,
                        "2021—2022年由50%变为62%，变动24%，波动较大"),
                Arguments.of(
                        MAINTAIN_95,
                        ENROLMENT,
                        "2020:96 2021:94 2022:96",
                        2022,
                        WarningCode.MAINTAIN_BREACH,
                        "2021年为94%，未保持2020年起已达到的目标"),
                Arguments.of(
                        AT_MOST_5_MILESTONE_6,
                        IMR,
                        "2020:8 2025:6.5",
                        2025,
                        WarningCode.MILESTONE_MISSED,
                        "2025年阶段目标6‰未完成（2025年为6.5‰）"),
                // a count per thousand children is written as the plans write it, not as ‰
                Arguments.of(
                        Fixtures.target(TargetKind.AT_LEAST, "1.12"),
                        doctors,
                        "2020:1.2 2021:1.3",
                        2021,
                        WarningCode.WEAKER_THAN_BASELINE,
                        "2020年基线值1.2/千名儿童已达到目标值1.12/千名儿童，目标未要求进步"));
    }

    @ParameterizedTest(name = "{4}")
    @MethodSource("messages")
    void warningMessagesCarryTheIndicatorsUnit(
            Target target, Indicator indicator, String series, int asOf, WarningCode code, String message) {
        TargetResult r = evaluate(target, indicator, asOf, series);
        Warning w =
                r.warnings().stream().filter(x -> x.code() == code).findFirst().orElse(null);
        assertNotNull(w, code + ": " + codes(r));
        assertEquals(message, w.message());
    }

    @org.junit.jupiter.api.Test
    void trendStatusWarningCarriesTheBaselineInsteadOfATarget() {
        TargetResult r =
                evaluate(Fixtures.target(TargetKind.TREND_DOWN, null), IMR, 2023, "2020:10 2021:12 2022:8 2023:10");
        Map<String, BigDecimal> n = r.warnings().get(0).numbers();
        assertEquals(List.of("latest", "baseline", "projection", "slope"), List.copyOf(n.keySet()));
        assertEquals(0, d("10").compareTo(n.get("baseline")));
        assertEquals(new BigDecimal("-0.400000"), n.get("slope"));
    }
}
