package io.planwatch.evaluation.engine;

import static io.planwatch.evaluation.engine.Fixtures.ENROLMENT;
import static io.planwatch.evaluation.engine.Fixtures.IMR;
import static io.planwatch.evaluation.engine.Fixtures.PLAN;
import static io.planwatch.evaluation.engine.Fixtures.d;
import static io.planwatch.evaluation.engine.Fixtures.evaluate;
import static io.planwatch.evaluation.engine.Fixtures.series;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Scope;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the Evaluator hands the Open SDG measure: the polarity, the natural limit of method 1, the target value of
 * method 2 and the series. The measure itself is worked through in OpenSdgProgressTest.
 */
class EvaluatorOpenSdgTest {
    /** A prevalence that cannot fall below 2 %: its floor is the natural limit of a lower-is-better indicator. */
    private static final Indicator FLOOR_2 = new Indicator(
            "T-FLOOR",
            "测试指标",
            Unit.PERCENT,
            Polarity.LOWER_IS_BETTER,
            new BigDecimal("2"),
            new BigDecimal("100"),
            null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        # behaviour                          | kind            | value | changePct | indicator | series          | value     | status               | score
        # HIGHER: L = maxValue 100, b = 90: C = 1 − 0.9^4.44 = 0.373622; P = (91/90)^(1/4) − 1 = 0.002766 ≥ 0.005·C
        #   → moderate, 250·0.002766/0.373622 − 1.25 = 0.6010 (without the limit it would be limited, −1.1169)
        trendUpUsesTheMaxValueAsLimit        | TREND_UP        | null  | null      | ENROLMENT | 2020:90 2024:91 | 0.002766  | moderate_progress    | 0.6010
        # LOWER: L = minValue 2, b = 2.2 ∈ (L, 2L): C = 1 − ((4 − 2.2)/2)^4.44 = 0.373622; P = −((2.18/2.2)^(1/4) − 1)
        #   = 0.002281 ∈ [0.001868, 0.005604) → moderate, 250·P/C − 1.25 = 0.2760 (maxValue 100 would give C ≈ 1: limited)
        trendDownUsesTheMinValueAsLimit      | TREND_DOWN      | null  | null      | FLOOR_2   | 2020:2.2 2024:2.18 | 0.002281 | moderate_progress  | 0.2760
        # v = 10·0.8 = 8: CAGR_o = 0.9^(1/4) − 1 = −0.025996, CAGR_r = 0.8^(1/10) − 1 = −0.022067, P = 1.178048;
        #   min(7.1429·1.178048 − 4.2857, 5) = 4.1290
        relativeChangeThresholdIsTheValue    | RELATIVE_CHANGE | null  | -20       | IMR       | 2020:10 2024:9  | 1.178048  | substantial_progress | 4.1290
        """)
    void evaluatorFeedsTheMeasure(
            String behaviour,
            TargetKind kind,
            String value,
            String changePct,
            String indicator,
            String series,
            String p,
            String status,
            String score) {
        Target t =
                new Target("t1", kind, d(value), false, false, null, null, null, d(changePct), List.of(), null, null);
        Indicator ind = switch (indicator) {
            case "ENROLMENT" -> ENROLMENT;
            case "FLOOR_2" -> FLOOR_2;
            default -> IMR;
        };
        TargetResult r = evaluate(t, ind, 2024, series);
        assertEquals(new OpenSdg(d(p), status, d(score)), r.openSdg(), behaviour);
    }

    @Test
    void eachTargetIsMeasuredOnTheWholeAreasSeries() {
        Target t = new Target(
                "t9",
                TargetKind.AT_MOST,
                d("5"),
                false,
                false,
                null,
                null,
                null,
                null,
                List.of(),
                Scope.EACH_TOWNSHIP,
                null);
        // The county total 8 → 6 is OpenSdgProgressTest's method2Substantial: P = 1.511450, score 5.
        // The townships (8 → 8.4 and 9 → 9) would give deterioration or not_available.
        TargetResult r = Evaluator.evaluate(EvaluationInput.of(t, IMR, PLAN, 2024, series("2020:8 2024:6"))
                .withSubunits(
                        List.of("450223101", "450223102"),
                        Map.of("450223101", series("2020:8 2024:8.4"), "450223102", series("2020:9 2024:9"))));
        assertEquals(new OpenSdg(d("1.511450"), OpenSdg.SUBSTANTIAL, d("5.0000")), r.openSdg());
    }
}
