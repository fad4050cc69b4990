package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.IMR;
import static io.planwatch.evaluation.engine.Fixtures.PLAN;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.evaluate;
import static io.planwatch.evaluation.engine.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentence a clerk reads, one per status shape. */
class ExplanationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour   | kind       | value | series                   | asOf | sentence
        weaker        | AT_MOST    | 5     | 2020:2.41 2024:3.1       | 2024 | 2024年婴儿死亡率为3.1‰，已达到“≤5‰”的目标；2020年基线值2.41‰已达标，目标未要求进步。
        # values written to one decimal (7.5‰): the projection too
        onTrack       | AT_MOST    | 5     | 2020:8 2021:7.5 2022:7   | 2022 | 2022年婴儿死亡率为7‰，尚未达到“≤5‰”；按2020—2022年趋势推算，2030年可达3.0‰，预计可以完成。
        atRisk        | AT_MOST    | 5     | 2020:8 2021:7.9 2022:7.8 | 2022 | 2022年婴儿死亡率为7.8‰，尚未达到“≤5‰”；按2020—2022年趋势推算，2030年为7.0‰，预计完成困难。
        regressing    | AT_LEAST   | 95    | 2020:90 2022:86          | 2022 | 2022年学前教育毛入园率为86%，尚未达到“≥95%”，且2020年以来未向目标方向变化（年均变化-2个百分点）。
        notAchieved   | AT_MOST    | 5     | 2020:8 2030:6            | 2030 | 2030年婴儿死亡率为6‰，目标年2030年已到，未达到“≤5‰”的目标。
        single        | AT_MOST    | 5     | 2022:8                   | 2022 | 2022年婴儿死亡率为8‰，尚未达到“≤5‰”，仅有一年数据，无法判断趋势（2020年无数据，以2022年值8‰作为基线）。
        # 2018 and 2019 are shown but precede the baseline: the trend window holds 2020 alone
        singleSinceBaseline | AT_MOST | 5  | 2018:9 2019:8.5 2020:8   | 2020 | 2020年婴儿死亡率为8‰，尚未达到“≤5‰”，基线年（2020年）以来仅有一年数据，无法判断趋势。
        trendSingleSinceBaseline | TREND_DOWN | | 2019:9 2020:8     | 2020 | 2020年婴儿死亡率为8‰，基线年（2020年）以来仅有一年数据，无法判断是否“逐步下降”。
        noData        | AT_MOST    | 5     |                          | 2022 | 截至2022年尚无婴儿死亡率数据，无法评估“≤5‰”的目标。
        trendDown     | TREND_DOWN |       | 2020:10 2021:9 2022:9.5  | 2022 | 2020—2022年婴儿死亡率由10‰变为9.5‰，总体呈下降趋势，符合“逐步下降”的目标。
        # mean 7.6333, slope −0.4: 2030 = 7.6333 − 0.4·9 = 4.0333‰, written at the one decimal of the values: 4.0‰
        roundedProjection | AT_MOST | 5    | 2020:8.1 2021:7.5 2022:7.3 | 2022 | 2022年婴儿死亡率为7.3‰，尚未达到“≤5‰”；按2020—2022年趋势推算，2030年可达4.0‰，预计可以完成。
        """)
    void sentenceStatesValueTargetAndReason(
            String behaviour, TargetKind kind, String value, String series, int asOf, String sentence) {
        TargetResult r =
                evaluate(Fixtures.target(kind, value), kind == TargetKind.AT_LEAST ? ENROLMENT : IMR, asOf, series);
        assertEquals(sentence, r.explanation(), behaviour);
    }

    /** The names the caller passes in: 农村 and 城镇 for the AREA codes, the townships' own names for their codes. */
    private static final Names NAMES =
            new Names(Map.of("RURAL", "农村", "URBAN", "城镇"), Map.of("450223101", "中渡镇", "450223102", "寨沙镇"));

    @Test
    void aGapOfPercentagesIsInPercentagePointsBetweenNamedGroups() {
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
        // gaps: 2020 95 − 90 = 5, 2022 96 − 93 = 3 points
        TargetResult r = Evaluator.evaluate(EvaluationInput.of(t, ENROLMENT, PLAN, 2022, null)
                .withGap(series("2020:90 2022:93"), series("2020:95 2022:96"))
                .withNames(NAMES));
        assertEquals("2020—2022年学前教育毛入园率（农村与城镇之差）由5个百分点变为3个百分点，总体呈下降趋势，符合“差距逐步缩小”的目标。", r.explanation());
    }

    @Test
    void townshipsAreNamedNotCoded() {
        Target t = new Target(
                "e",
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
        // 寨沙镇: 90 → 89, slope −0.5 a year: REGRESSING; 中渡镇 97 ≥ 95: ACHIEVED
        TargetResult r = Evaluator.evaluate(EvaluationInput.of(t, ENROLMENT, PLAN, 2022, series("2020:93 2022:94"))
                .withSubunits(
                        List.of("450223101", "450223102"),
                        Map.of("450223101", series("2020:96 2022:97"), "450223102", series("2020:90 2022:89")))
                .withNames(NAMES));
        assertEquals("“≥95%”须每个乡镇达到：2个乡镇中1个已达标，寨沙镇未向目标方向变化；以有数据者中最差者计，评估为未向目标方向变化。", r.explanation());
        List<String> messages = r.warnings().stream().map(Warning::message).toList();
        assertTrue(messages.contains("按乡镇评估，1个乡镇存在预警，最差者为寨沙镇：2022年为89%，未向目标方向变化"), messages::toString);
        assertTrue(messages.contains("寨沙镇：2022年为89%，未向目标方向变化"), messages::toString);
        // the warning still carries the code, for a program to join on
        assertTrue(r.warnings().stream().anyMatch(w -> "450223102".equals(w.jurisdiction())));
    }
}
