package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.TargetKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.IMR;
import static io.planwatch.evaluation.engine.Fixtures.evaluate;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sentence a clerk reads, one per status shape. */
class ExplanationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # behaviour   | kind       | value | series                   | asOf | sentence
        weaker        | AT_MOST    | 5     | 2020:2.41 2024:3.1       | 2024 | 2024年婴儿死亡率为3.1‰，已达到“≤5‰”的目标；2020年基线值2.41‰已达标，目标未要求进步。
        onTrack       | AT_MOST    | 5     | 2020:8 2021:7.5 2022:7   | 2022 | 2022年婴儿死亡率为7‰，尚未达到“≤5‰”；按2020—2022年趋势推算，2030年可达3‰，预计可以完成。
        atRisk        | AT_MOST    | 5     | 2020:8 2021:7.9 2022:7.8 | 2022 | 2022年婴儿死亡率为7.8‰，尚未达到“≤5‰”；按2020—2022年趋势推算，2030年为7‰，预计完成困难。
        regressing    | AT_LEAST   | 95    | 2020:90 2022:86          | 2022 | 2022年学前教育毛入园率为86%，尚未达到“≥95%”，且2020年以来未向目标方向变化（年均变化-2%）。
        notAchieved   | AT_MOST    | 5     | 2020:8 2030:6            | 2030 | 2030年婴儿死亡率为6‰，目标年2030年已到，未达到“≤5‰”的目标。
        single        | AT_MOST    | 5     | 2022:8                   | 2022 | 2022年婴儿死亡率为8‰，尚未达到“≤5‰”，仅有一年数据，无法判断趋势（2020年无数据，以2022年值8‰作为基线）。
        # 2018 and 2019 are shown but precede the baseline: the trend window holds 2020 alone
        singleSinceBaseline | AT_MOST | 5  | 2018:9 2019:8.5 2020:8   | 2020 | 2020年婴儿死亡率为8‰，尚未达到“≤5‰”，基线年（2020年）以来仅有一年数据，无法判断趋势。
        trendSingleSinceBaseline | TREND_DOWN | | 2019:9 2020:8     | 2020 | 2020年婴儿死亡率为8‰，基线年（2020年）以来仅有一年数据，无法判断是否“逐步下降”。
        noData        | AT_MOST    | 5     |                          | 2022 | 截至2022年尚无婴儿死亡率数据，无法评估“≤5‰”的目标。
        trendDown     | TREND_DOWN |       | 2020:10 2021:9 2022:9.5  | 2022 | 2020—2022年婴儿死亡率由10‰变为9.5‰，总体呈下降趋势，符合“逐步下降”的目标。
        """)
    void sentenceStatesValueTargetAndReason(String behaviour, TargetKind kind, String value, String series, int asOf,
                                            String sentence) {
        TargetResult r = evaluate(Fixtures.target(kind, value), kind == TargetKind.AT_LEAST ? ENROLMENT : IMR, asOf,
                series);
        assertEquals(sentence, r.explanation(), behaviour);
    }
}
