package io.planwatch.report;

import io.planwatch.evaluation.TargetEvaluationDto;
import io.planwatch.evaluation.engine.Status;
import io.planwatch.evaluation.engine.WarningCode;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a report writes numbers, units, targets and statuses in Chinese, and the colour of each status. Formatting
 * only: the statuses and warnings themselves are the engine's.
 */
final class ReportWords {

    /** Statuses in the order a reader scans them: met first, then on course, then the ones to act on, then the gaps. */
    static final List<Status> ORDER = List.of(
            Status.ACHIEVED,
            Status.ON_TRACK,
            Status.AT_RISK,
            Status.REGRESSING,
            Status.NOT_ACHIEVED,
            Status.INSUFFICIENT_TREND,
            Status.NO_DATA,
            Status.NOT_ASSESSED);

    /** Warnings that ask someone to act, ahead of the data-reporting ones (STALE) and the notes on the plan itself. */
    static final List<WarningCode> SEVERITY = List.of(
            WarningCode.NOT_ACHIEVED,
            WarningCode.REGRESSING,
            WarningCode.AT_RISK,
            WarningCode.MAINTAIN_BREACH,
            WarningCode.MILESTONE_MISSED,
            WarningCode.SUBUNIT_FAILING,
            WarningCode.VOLATILE,
            WarningCode.WEAKER_THAN_BASELINE,
            WarningCode.STALE);

    private ReportWords() {}

    static String colour(Status s) {
        return switch (s) {
            case ACHIEVED -> "#2e7d32";
            case ON_TRACK -> "#7cb342";
            case AT_RISK -> "#f9a825";
            case REGRESSING -> "#e65100";
            case NOT_ACHIEVED -> "#c62828";
            case INSUFFICIENT_TREND -> "#78909c";
            case NO_DATA -> "#cfd8dc";
            case NOT_ASSESSED -> "#b39ddb";
        };
    }

    /** Light background of a status cell, so the word stays readable in print. */
    static String tint(Status s) {
        return switch (s) {
            case ACHIEVED -> "#e8f5e9";
            case ON_TRACK -> "#f1f8e9";
            case AT_RISK -> "#fff8e1";
            case REGRESSING -> "#fff3e0";
            case NOT_ACHIEVED -> "#ffebee";
            case INSUFFICIENT_TREND -> "#eceff1";
            case NO_DATA -> "#f5f5f5";
            case NOT_ASSESSED -> "#ede7f6";
        };
    }

    static String warningName(WarningCode c) {
        return switch (c) {
            case AT_RISK -> "进度滞后";
            case REGRESSING -> "反向变化";
            case NOT_ACHIEVED -> "未达标";
            case VOLATILE -> "波动较大";
            case MAINTAIN_BREACH -> "未能保持";
            case MILESTONE_MISSED -> "未达阶段目标";
            case STALE -> "数据未更新";
            case SUBUNIT_FAILING -> "部分乡镇未达标";
            case WEAKER_THAN_BASELINE -> "目标值低于基线";
            case ANNUAL_CHANGE_MISSED -> "当年变化未达要求";
        };
    }

    static String symbol(String unit) {
        return unit == null ? "" : Unit.valueOf(unit).symbol();
    }

    /** A value as the plan writes it: at most two decimals, no trailing zeros ("2.41", "95", "0.5"). */
    static String number(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal r = v.setScale(Math.min(Math.max(v.stripTrailingZeros().scale(), 0), 2), RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    static String value(BigDecimal v, String unit) {
        return v == null ? "—" : number(v) + symbol(unit);
    }

    /**
     * A change from one year to the next in the words of the statistics bulletins: percentage points for a
     * percentage (个百分点), per-mille points for ‰ (个千分点), the unit otherwise.
     */
    static String change(BigDecimal delta, String unit) {
        if (delta == null) {
            return "—";
        }
        String sign = delta.signum() > 0 ? "↑" : delta.signum() < 0 ? "↓" : "";
        if (delta.signum() == 0) {
            return "持平";
        }
        String n = number(delta.abs());
        if ("PERCENT".equals(unit)) {
            return sign + n + "个百分点";
        }
        if ("PER_MILLE".equals(unit)) {
            return sign + n + "个千分点";
        }
        return sign + n + symbol(unit);
    }

    /** The target as the plan states it: "≤5‰", "≥95%", "较2020年下降20%", "逐步下降". */
    static String target(TargetEvaluationDto t, String unit, int baseYear) {
        String v = value(t.value(), unit);
        boolean strict = Boolean.TRUE.equals(t.strict());
        return switch (t.kind()) {
            case AT_MOST -> (strict ? "<" : "≤") + v;
            case AT_LEAST -> (strict ? ">" : "≥") + v;
            case APPROX -> v + "左右";
            case RELATIVE_CHANGE ->
                t.changePct() == null
                        ? v
                        : "较" + baseYear + "年" + (t.changePct().signum() < 0 ? "下降" : "提高")
                                + number(t.changePct().abs()) + "%"
                                + (t.value() == null ? "" : "（" + (t.changePct().signum() < 0 ? "≤" : "≥") + v + "）");
            case TREND_DOWN -> "逐步下降";
            case TREND_UP -> "逐步提高";
            case GAP_NARROWING -> "差距逐步缩小";
            case QUALITATIVE -> "定性目标";
            case ANNUAL_CHANGE ->
                t.changePerYear() == null
                        ? "每年变化"
                        : "每年" + (t.changePerYear().signum() < 0 ? "降低" : "提高")
                                + change(t.changePerYear().abs(), unit).replace("↑", "") + "以上";
            case AT_LEAST_REFERENCE -> "不低于" + t.reference();
            case APPROX_REFERENCE -> "与" + t.reference() + "相当";
        };
    }

    /** The Excel number format of an indicator's unit, so that a cell holds 95.5 and shows "95.5%". */
    static String excelFormat(String unit) {
        String s = symbol(unit);
        return s.isEmpty() ? "General" : "General\"" + s + "\"";
    }
}
