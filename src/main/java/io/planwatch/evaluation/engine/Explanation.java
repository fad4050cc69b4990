package io.planwatch.evaluation.engine;

import io.planwatch.vocabulary.AssessmentLevel;
import io.planwatch.vocabulary.TargetKind;
import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The one Chinese sentence a statistics clerk reads next to a status. */
final class Explanation {
    private Explanation() {}

    static String of(EvaluationInput in, Judgement j) {
        String name = subject(in);
        String u = unitSuffix(in.indicator().unit());
        String t = j.criterion().describe(in.indicator().unit(), j.baseYear());
        if (j.rule() == Rule.NO_REFERENCE_VALUE) {
            return "截至" + in.asOf() + "年参照指标“" + referenceName(in) + "”尚无与" + name + "同年的数据，无法评估“" + t + "”的目标。";
        }
        if (j.status() == Status.NO_DATA) {
            return "截至" + in.asOf() + "年尚无" + name + "数据，无法评估“" + t + "”的目标。";
        }
        TargetKind kind = in.target().kind();
        String du = differenceSuffix(in.indicator().unit());
        // the values of a gap are differences of two groups' values: in 个百分点 for a percentage
        String vu = kind == TargetKind.GAP_NARROWING ? du : u;
        String body = kind.isTrend()
                ? trend(j, name, vu, t)
                : kind == TargetKind.ANNUAL_CHANGE
                        ? annualChange(j, name, u, du, t)
                        : kind.isReference() ? reference(in, j, name, u, du, t) : level(j, name, u, du, t);
        return body + imputedNote(in, j, kind.isReference() ? du : vu) + "。";
    }

    private static String annualChange(Judgement j, String name, String u, String du, String t) {
        if (j.status() == Status.INSUFFICIENT_TREND) {
            return j.latest().year() + "年" + name + "为" + num(j.latest().value(), u) + "，" + singleValue(j)
                    + "，无法计算年均变化";
        }
        String span = j.baseline().year() + "—" + j.latest().year() + "年" + name + "由"
                + num(j.baseline().value(), u) + "变为" + num(j.latest().value(), u) + "，年均"
                + Warnings.change(Decimals.round(j.averageChange(), Decimals.VALUE_SCALE), du) + "，";
        return span
                + switch (j.rule()) {
                    case ANNUAL_CHANGE_MET -> "达到“" + t + "”的要求";
                    case TARGET_YEAR_PASSED -> "目标年" + j.targetYear() + "年已到，未达到“" + t + "”的要求";
                    case ANNUAL_CHANGE_TOO_SMALL -> "变化幅度小于“" + t + "”的要求，预计完成困难";
                    default -> "未向“" + t + "”的方向变化";
                };
    }

    /** The values judged are the differences x − r; the sentence gives both values of the latest year compared. */
    private static String reference(EvaluationInput in, Judgement j, String name, String u, String du, String t) {
        int year = j.latest().year();
        Point x = in.series().at(year);
        Point r = in.reference().series().at(year);
        BigDecimal d = j.latest().value();
        String now = year + "年" + name + "为" + num(x.value(), u) + "，" + referenceName(in) + "为" + num(r.value(), u)
                + "，" + (d.signum() > 0 ? "高出" + num(d, du) : d.signum() < 0 ? "低" + num(d.abs(), du) : "两者持平") + "，";
        String trendSpan = "按" + j.baseline().year() + "—" + year + "年差值趋势推算，";
        return now
                + switch (j.status()) {
                    case ACHIEVED -> "已达到“" + t + "”的目标";
                    case NOT_ACHIEVED -> "目标年" + j.targetYear() + "年已到，未达到“" + t + "”的目标";
                    case INSUFFICIENT_TREND -> "尚未达到“" + t + "”，" + singleValue(j) + "，无法判断趋势";
                    case REGRESSING ->
                        "尚未达到“" + t + "”，且" + j.baseline().year() + "年以来差值未向目标方向变化（年均变化"
                                + num(Decimals.round(j.slope(), Decimals.VALUE_SCALE), du) + "）";
                    case ON_TRACK ->
                        "尚未达到“" + t + "”；" + trendSpan + j.targetYear() + "年差值可达" + projected(j, du) + "，预计可以完成";
                    default -> "尚未达到“" + t + "”；" + trendSpan + j.targetYear() + "年差值为" + projected(j, du) + "，预计完成困难";
                };
    }

    private static String referenceName(EvaluationInput in) {
        if (in.reference() == null) {
            return in.target().reference();
        }
        Indicator r = in.reference().indicator();
        return r.name() != null ? r.name() : r.code();
    }

    private static String level(Judgement j, String name, String u, String du, String t) {
        String now = j.latest().year() + "年" + name + "为" + num(j.latest().value(), u) + "，";
        String trendSpan = "按" + j.baseline().year() + "—" + j.latest().year() + "年趋势推算，";
        return now
                + switch (j.status()) {
                    case ACHIEVED ->
                        "已达到“" + t + "”的目标"
                                + (j.weakerThanBaseline()
                                        ? "；" + j.baseline().year() + "年基线值"
                                                + num(j.baseline().value(), u) + "已达标，目标未要求进步"
                                        : "");
                    case NOT_ACHIEVED -> "目标年" + j.targetYear() + "年已到，未达到“" + t + "”的目标";
                    case INSUFFICIENT_TREND -> "尚未达到“" + t + "”，" + singleValue(j) + "，无法判断趋势";
                    case REGRESSING ->
                        "尚未达到“" + t + "”，且" + j.baseline().year() + "年以来未向目标方向变化（年均变化"
                                + num(Decimals.round(j.slope(), Decimals.VALUE_SCALE), du) + "）";
                    case ON_TRACK ->
                        "尚未达到“" + t + "”；" + trendSpan + j.targetYear() + "年可达" + projected(j, u) + "，预计可以完成";
                    default -> "尚未达到“" + t + "”；" + trendSpan + j.targetYear() + "年为" + projected(j, u) + "，预计完成困难";
                };
    }

    private static String trend(Judgement j, String name, String u, String t) {
        if (j.status() == Status.INSUFFICIENT_TREND) {
            return j.latest().year() + "年" + name + "为" + num(j.latest().value(), u) + "，" + singleValue(j) + "，无法判断是否“"
                    + t + "”";
        }
        String span = j.baseline().year() + "—" + j.latest().year() + "年" + name + "由"
                + num(j.baseline().value(), u) + "变为" + num(j.latest().value(), u) + "，";
        String way = j.slope().signum() > 0 ? "上升" : j.slope().signum() < 0 ? "下降" : "持平";
        return span
                + switch (j.rule()) {
                    case TREND_RIGHT_WAY_AND_BETTER -> "总体呈" + way + "趋势，符合“" + t + "”的目标";
                    case TREND_AT_LIMIT ->
                        "已处于指标的" + (j.criterion().direction() < 0 ? "最低" : "最高") + "值，符合“" + t + "”的目标";
                    case TARGET_YEAR_PASSED -> "目标年" + j.targetYear() + "年已到，未实现“" + t + "”";
                    case TREND_NOT_BETTER_THAN_BASELINE -> "趋势虽为" + way + "，但最新值未优于基线，“" + t + "”尚未实现";
                    default -> "总体呈" + way + "趋势，未实现“" + t + "”";
                };
    }

    /** Earlier values may precede the baseline: then it is the trend window, not the series, that has one value. */
    private static String singleValue(Judgement j) {
        return j.values().size() > j.window().size() ? "基线年（" + j.baseline().year() + "年）以来仅有一年数据" : "仅有一年数据";
    }

    private static String imputedNote(EvaluationInput in, Judgement j, String u) {
        if (j.baseline() == null || !j.baseline().imputed()) {
            return "";
        }
        return "（" + j.baseYear() + "年无数据，以" + j.baseline().year() + "年值"
                + num(j.baseline().value(), u) + "作为基线"
                + (in.target().kind() == TargetKind.RELATIVE_CHANGE ? "计算目标值" : "") + "）";
    }

    static String each(EvaluationInput in, Judgement total, Status worst, List<SubunitResult> subunits) {
        String level = EachScope.levelName(in.target().scope().level());
        String t = total.criterion().describe(in.indicator().unit(), total.baseYear());
        long achieved =
                subunits.stream().filter(s -> s.status() == Status.ACHIEVED).count();
        String failing = subunits.stream()
                .filter(s -> s.status().isFailing())
                .map(s -> in.names().jurisdiction(s.jurisdiction()) + s.status().chinese())
                .collect(Collectors.joining("、"));
        long noData =
                subunits.stream().filter(s -> s.status() == Status.NO_DATA).count();
        return "“" + t + "”须每个" + level + "达到：" + subunits.size() + "个" + level + "中" + achieved + "个已达标"
                + (failing.isEmpty() ? "" : "，" + failing)
                + (noData == 0 ? "" : "，" + noData + "个无数据")
                + (noData == subunits.size() ? "；均无数据，无法评估。" : "；以有数据者中最差者计，评估为" + worst.chinese() + "。");
    }

    static String qualitative(EvaluationInput in, Assessment a) {
        if (a == null) {
            return "该定性目标截至" + in.asOf() + "年尚无自评，未评估。";
        }
        return a.year() + "年自评为“" + assessmentText(a.level()) + "”，评估为"
                + statusOf(a).chinese() + "。";
    }

    private static Status statusOf(Assessment a) {
        return switch (a.level()) {
            case ACHIEVED -> Status.ACHIEVED;
            case PROGRESSING -> Status.ON_TRACK;
            case LAGGING -> Status.AT_RISK;
            case NOT_STARTED -> Status.REGRESSING;
        };
    }

    static String assessmentText(AssessmentLevel level) {
        return switch (level) {
            case ACHIEVED -> "已实现";
            case PROGRESSING -> "进展顺利";
            case LAGGING -> "进展滞后";
            case NOT_STARTED -> "尚未启动";
        };
    }

    private static String subject(EvaluationInput in) {
        String name = in.indicator().name() != null
                ? in.indicator().name()
                : in.indicator().code();
        Gap gap = in.target().gap();
        return in.target().kind() == TargetKind.GAP_NARROWING && gap != null
                ? name + "（" + in.names().category(gap.a()) + "与" + in.names().category(gap.b()) + "之差）"
                : name;
    }

    /** The projection at the precision of the values it was projected from ({@link Precision}). */
    private static String projected(Judgement j, String unit) {
        return Precision.shown(j.projection().value(), j) + unit;
    }

    private static String num(BigDecimal x, String unit) {
        return Decimals.plain(x) + unit;
    }

    /** The unit of a difference or change of two values: 个百分点 for a percentage, 个千分点 for a per-mille rate. */
    static String differenceSuffix(Unit unit) {
        return unit == Unit.PERCENT || unit == Unit.PER_MILLE ? unit.differenceSymbol() : unitSuffix(unit);
    }

    static String unitSuffix(Unit unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            // 每千名儿童拥有…名 / 每千人口…个 are counts per thousand, written as the plans write them, not as ‰
            case PERCENT, PER_MILLE, PER_1000_CHILDREN, PER_1000_POPULATION, PER_10K, PER_100K, HOURS -> unit.symbol();
            // 平均受教育年限达到11年: the number reads without a unit word in a sentence
            case COUNT, RATIO, YEARS, NONE -> "";
        };
    }
}
