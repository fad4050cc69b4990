package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.PLAN;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 以乡镇为单位保持在95%以上: every township must meet the target and the worst one decides. */
class EachScopeTest {
    private static final String A = "450223101";
    private static final String B = "450223102";
    private static final Target EACH_TOWNSHIP_95 = new Target(
            "t9",
            TargetKind.AT_LEAST,
            d("95"),
            false,
            false,
            null,
            null,
            null,
            null,
            List.of(),
            Scope.EACH_TOWNSHIP,
            null);

    private static TargetResult evaluate(String a, String b, int asOf) {
        Map<String, Series> bySubunit = new HashMap<>();
        if (a != null) {
            bySubunit.put(A, series(a));
        }
        if (b != null) {
            bySubunit.put(B, series(b));
        }
        return Evaluator.evaluate(EvaluationInput.of(EACH_TOWNSHIP_95, ENROLMENT, PLAN, asOf, series("2020:93 2022:94"))
                .withSubunits(List.of(A, B), bySubunit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour                      | township A        | township B        | asOf | status
        bothAchieved                     | 2020:96 2022:97   | 2021:95 2022:95   | 2022 | ACHIEVED
        # B: slope 1, 2030: 94 + 8 = 102 → clipped to 100 ≥ 95
        onTrackTownshipCapsTheTarget     | 2020:96 2022:97   | 2020:92 2022:94   | 2022 | ON_TRACK
        # B: slope 0.25, 2030: 90.5 + 8·0.25 = 92.5 < 95
        atRiskTownshipBesideAchieved     | 2020:96 2022:97   | 2020:90 2022:90.5 | 2022 | AT_RISK
        # B: one value below 95
        singleValueTownshipBesideAchieved | 2020:96 2022:97  | 2022:90           | 2022 | INSUFFICIENT_TREND
        # B: slope −0.5
        regressingTownshipWins           | 2020:96 2022:97   | 2020:90 2022:89   | 2022 | REGRESSING
        # docs/design.md, judging rule 4: the worst of those with data; B is listed as NO_DATA, not ranked
        missingTownshipIsListedNotRanked | 2020:96 2022:97   |                   | 2022 | ACHIEVED
        missingTownshipBesideSingleValue | 2022:90           |                   | 2022 | INSUFFICIENT_TREND
        failingTownshipBesideMissing     | 2020:90 2022:89   |                   | 2022 | REGRESSING
        # A: 94 < 95 in the target year 2030 → NOT_ACHIEVED; B: 96 ≥ 95 in 2030 → ACHIEVED
        notAchievedIsTheWorst            | 2020:90 2030:94   | 2020:90 2030:96   | 2030 | NOT_ACHIEVED
        allMissingIsNoData               |                   |                   | 2022 | NO_DATA
        """)
    void worstSubunitDecides(String behaviour, String a, String b, int asOf, Status status) {
        TargetResult r = evaluate(a, b, asOf);
        assertEquals(status, r.status(), behaviour);
        assertEquals(Rule.WORST_SUBUNIT, r.rule(), behaviour);
    }

    @Test
    void failingTownshipIsListedWithItsNumbers() {
        TargetResult r = evaluate("2020:96 2022:97", "2020:90 2022:89", 2022);
        assertEquals(
                List.of(Status.ACHIEVED, Status.REGRESSING),
                r.subunits().stream().map(SubunitResult::status).toList());
        Warning failing = r.warnings().stream()
                .filter(w -> w.code() == WarningCode.SUBUNIT_FAILING)
                .findFirst()
                .orElseThrow();
        assertEquals(B, failing.jurisdiction());
        assertEquals(2022, failing.year());
        assertEquals(0, d("89").compareTo(failing.numbers().get("latest")));
        assertEquals(WarningCode.REGRESSING, r.warnings().get(0).code(), "the target's own status warning comes first");
        assertTrue(
                r.warnings().stream()
                        .anyMatch(w -> w.code() == WarningCode.WEAKER_THAN_BASELINE && A.equals(w.jurisdiction())),
                "township A was at 96 ≥ 95 in 2020");
        assertTrue(r.explanation().contains(B + "未向目标方向变化"), r.explanation());
    }

    @Test
    void missingTownshipIsListedStaleAndIncomplete() {
        TargetResult r = evaluate("2020:96 2022:97", null, 2022);
        assertEquals(Status.ACHIEVED, r.status());
        assertEquals(Status.NO_DATA, r.subunits().get(1).status());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code() == WarningCode.STALE && B.equals(w.jurisdiction())));
        assertFalse(r.reportedForAsOf(), "a township without a value keeps the target from counting as reported");
        assertTrue(r.explanation().contains("1个无数据"), r.explanation());
        assertTrue(evaluate("2020:96 2022:97", "2021:95 2022:95", 2022).reportedForAsOf());
    }

    @Test
    void statusWarningCarriesTheWorstTownshipsNumbers() {
        // A: 88 in 2021 is 7 short of 95 (REGRESSING); B: 91 in 2022 is 4 short (REGRESSING): A is the worst
        TargetResult r = evaluate("2020:90 2021:88", "2020:92 2022:91", 2022);
        Warning w = r.warnings().get(0);
        assertEquals(WarningCode.REGRESSING, w.code());
        assertEquals(2021, w.year(), "the worst township's latest year, not asOf");
        assertEquals(0, d("2").compareTo(w.numbers().get("failing")));
        assertEquals(0, d("88").compareTo(w.numbers().get("latest")));
        assertEquals(0, d("95").compareTo(w.numbers().get("target")));
        assertTrue(w.message().contains(A), w.message());
    }

    @Test
    void worseStatusBeatsALargerShortfall() {
        // A: 94 in 2030, 1 short but NOT_ACHIEVED; B: 80 in 2022, 15 short but only REGRESSING
        TargetResult r = evaluate("2020:90 2030:94", "2020:85 2022:80", 2030);
        Warning w = r.warnings().get(0);
        assertEquals(WarningCode.NOT_ACHIEVED, w.code());
        assertEquals(2030, w.year());
        assertEquals(0, d("94").compareTo(w.numbers().get("latest")));
    }

    @Test
    void gapTargetWithScopeEachIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new Target(
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
                        Scope.EACH_TOWNSHIP,
                        new Gap("AREA", "RURAL", "URBAN")));
        assertTrue(e.getMessage().contains("GAP_NARROWING") && e.getMessage().contains("EACH"), e.getMessage());
    }

    @Test
    void wholeAreaSeriesIsShownButDoesNotDecide() {
        TargetResult r = evaluate("2020:96 2022:97", "2020:90 2022:89", 2022);
        // county total 93 → 94: slope 0.5, 2030: 94 + 4 = 98 would be ON_TRACK on its own
        assertEquals(d("94"), r.latest().value());
        assertEquals(d("98.0000"), r.projection().value());
        assertEquals(Status.REGRESSING, r.status());
    }
}
