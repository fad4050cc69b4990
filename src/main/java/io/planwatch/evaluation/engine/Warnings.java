package io.planwatch.evaluation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The early-warning (预警) rules of docs/design.md "How a target is judged" 5, each a small function of the evaluated series. */
final class Warnings {
    static final BigDecimal DEFAULT_VOLATILITY = new BigDecimal("0.20");
    /** VOLATILE looks at the year-on-year changes ending in the last three years (Y−2, Y−1 and Y). */
    private static final int VOLATILITY_YEARS = 3;

    private Warnings() {}

    /**
     * AT_RISK, REGRESSING or NOT_ACHIEVED, repeating the status with the numbers that decided it and a message that
     * states the rule: a trend target's AT_RISK is a latest value no better than the baseline, not a projection.
     * Trend kinds have no target value; their numbers carry the baseline instead. Values in the message carry the
     * indicator's unit {@code u} (‰, %, /10万 …), as the clerk reads them in the plan; a change per year is in
     * {@code du} (个百分点 for a percentage); a projection at the precision of the values ({@link Precision}).
     */
    static List<Warning> forStatus(Judgement j, String u, String du) {
        if (!j.status().isFailing()) {
            return List.of();
        }
        boolean trend = j.criterion().value() == null;
        BigDecimal slope = Decimals.round(j.slope(), Decimals.PROGRESS_VALUE_SCALE);
        Map<String, BigDecimal> n = numbers(
                "latest",
                j.latest().value(),
                trend ? "baseline" : "target",
                trend ? j.baseline().value() : j.criterion().shown(),
                "projection",
                j.projection() == null ? null : j.projection().value(),
                "slope",
                slope);
        boolean reference = j.criterion().kind().isReference();
        // a reference target's values are the differences x − r
        String latest = (reference ? "与参照指标之差" : "") + Decimals.plain(j.latest().value()) + u;
        String base = j.baseline().year() + "年基线值" + Decimals.plain(j.baseline().value()) + u;
        String perYear = "年均变化" + Decimals.plain(Decimals.round(j.slope(), Decimals.VALUE_SCALE)) + du;
        String message = switch (j.rule()) {
            case TARGET_YEAR_PASSED ->
                trend ? "目标年已到，未实现目标趋势：" + base + "，最新值" + latest + "，" + perYear : "目标年已到，最新值" + latest + "未达到目标";
            case PROJECTION_MISSES_TARGET ->
                "按趋势推算" + j.targetYear() + "年" + (reference ? "与参照指标之差" : "") + "为"
                        + Precision.shown(j.projection().value(), j) + u
                        + "，预计完成困难";
            case TREND_NOT_BETTER_THAN_BASELINE -> "趋势虽向目标方向变化（" + perYear + "），但最新值" + latest + "未优于" + base;
            case TREND_WRONG_WAY ->
                j.baseline().year() + "年以来未向目标方向变化：基线值"
                        + Decimals.plain(j.baseline().value()) + u + "，最新值" + latest + "，" + perYear;
            default -> "最新值" + latest + "未达标，且未向目标方向变化";
        };
        return List.of(new Warning(j.status().warningCode(), j.latest().year(), null, message, n));
    }

    /**
     * ANNUAL_CHANGE's AT_RISK, REGRESSING or NOT_ACHIEVED, with the average yearly change since the baseline that
     * decided it; {@code du} is the unit of a change (个百分点 for a percentage).
     */
    static List<Warning> forAnnualChangeStatus(Judgement j, String u, String du) {
        if (!j.status().isFailing()) {
            return List.of();
        }
        BigDecimal average = Decimals.round(j.averageChange(), Decimals.VALUE_SCALE);
        Map<String, BigDecimal> n = numbers(
                "baseline",
                j.baseline().value(),
                "latest",
                j.latest().value(),
                "averageChange",
                average,
                "changePerYear",
                j.criterion().value());
        String span = j.baseline().year() + "—" + j.latest().year() + "年由"
                + Decimals.plain(j.baseline().value()) + u + "变为"
                + Decimals.plain(j.latest().value()) + u + "，年均" + change(average, du);
        String asked = "每年" + change(j.criterion().value(), du) + "以上";
        String message = switch (j.rule()) {
            case TARGET_YEAR_PASSED -> "目标年已到，" + span + "，未达到" + asked;
            case ANNUAL_CHANGE_TOO_SMALL -> span + "，小于" + asked + "，预计完成困难";
            default -> span + "，未向" + asked + "的方向变化";
        };
        return List.of(new Warning(j.status().warningCode(), j.latest().year(), null, message, n));
    }

    /**
     * ANNUAL_CHANGE_MISSED for each year since the baseline whose own change misses changePerYear: the change from the
     * previous value, per year when a year between has no value (2021→2023 counts half the change for each year).
     */
    static List<Warning> annualChangesMissed(Series window, Criterion criterion, String du) {
        List<Warning> out = new ArrayList<>();
        List<Point> points = window.points();
        for (int i = 1; i < points.size(); i++) {
            Point prev = points.get(i - 1);
            Point cur = points.get(i);
            int years = cur.year() - prev.year();
            BigDecimal exact = Decimals.divide(cur.value().subtract(prev.value()), BigDecimal.valueOf(years));
            if (criterion.meets(exact)) {
                continue;
            }
            BigDecimal perYear = Decimals.round(exact, Decimals.VALUE_SCALE);
            out.add(new Warning(
                    WarningCode.ANNUAL_CHANGE_MISSED,
                    cur.year(),
                    null,
                    cur.year() + "年较" + prev.year() + "年" + (years > 1 ? "年均" : "") + change(perYear, du) + "，未达到每年"
                            + change(criterion.value(), du) + "以上",
                    numbers(
                            "change",
                            perYear,
                            "changePerYear",
                            criterion.value(),
                            "from",
                            prev.value(),
                            "to",
                            cur.value(),
                            "fromYear",
                            BigDecimal.valueOf(prev.year()))));
        }
        return out;
    }

    /** 降低0.5个百分点, 提高1个百分点, 持平. */
    static String change(BigDecimal d, String du) {
        if (d.signum() == 0) {
            return "持平";
        }
        return (d.signum() < 0 ? "降低" : "提高") + Decimals.plain(d.abs()) + du;
    }

    /** The target was already met at the baseline: it asks for no progress. */
    static List<Warning> weakerThanBaseline(Baseline base, Criterion criterion, String u) {
        if (base == null || !criterion.meets(base.value())) {
            return List.of();
        }
        return List.of(new Warning(
                WarningCode.WEAKER_THAN_BASELINE,
                base.year(),
                null,
                base.year() + "年基线值" + Decimals.plain(base.value()) + u + "已达到目标值" + Decimals.plain(criterion.shown())
                        + u + "，目标未要求进步",
                numbers("baseline", base.value(), "target", criterion.shown())));
    }

    /**
     * A milestone due by asOf is judged on the value of its year, or the latest earlier value when that year has
     * none (what was known at the time); a milestone with no value at or before its year is not judged.
     */
    static List<Warning> milestonesMissed(
            Series upToAsOf, List<Milestone> milestones, Criterion criterion, int asOf, String u) {
        List<Warning> out = new ArrayList<>();
        for (Milestone m : milestones) {
            Point p = m.year() <= asOf ? upToAsOf.upTo(m.year()).latest() : null;
            if (p != null && !criterion.meets(p.value(), m.value())) {
                out.add(new Warning(
                        WarningCode.MILESTONE_MISSED,
                        m.year(),
                        null,
                        m.year() + "年阶段目标" + Decimals.plain(m.value()) + u + "未完成（" + p.year() + "年为"
                                + Decimals.plain(p.value()) + u + "）",
                        numbers(
                                "milestone",
                                m.value(),
                                "value",
                                p.value(),
                                "valueYear",
                                BigDecimal.valueOf(p.year()))));
            }
        }
        return out;
    }

    /** A maintain target missed in a year after it was first met (one warning per such year). */
    static List<Warning> maintainBreaches(Series window, Criterion criterion, String u) {
        List<Warning> out = new ArrayList<>();
        Integer firstMet = null;
        for (Point p : window.points()) {
            boolean met = criterion.meets(p.value());
            if (met && firstMet == null) {
                firstMet = p.year();
            } else if (!met && firstMet != null) {
                out.add(new Warning(
                        WarningCode.MAINTAIN_BREACH,
                        p.year(),
                        null,
                        p.year() + "年为" + Decimals.plain(p.value()) + u + "，未保持" + firstMet + "年起已达到的目标",
                        numbers(
                                "value",
                                p.value(),
                                "target",
                                criterion.shown(),
                                "firstMetYear",
                                BigDecimal.valueOf(firstMet))));
            }
        }
        return out;
    }

    /**
     * Year-on-year changes ending in Y−2, Y−1 or Y whose relative size exceeds the threshold (strictly). Only
     * consecutive years are compared. A change away from 0 has no relative size and is reported whenever the new
     * value differs from 0: a small base gives large relative changes, which is what the indicator's own
     * volatilityThreshold is for.
     */
    static List<Warning> volatility(Series upToAsOf, BigDecimal threshold, int asOf, String u) {
        BigDecimal limit = threshold != null ? threshold : DEFAULT_VOLATILITY;
        List<Warning> out = new ArrayList<>();
        for (int year = asOf - VOLATILITY_YEARS + 1; year <= asOf; year++) {
            Point prev = upToAsOf.at(year - 1);
            Point cur = upToAsOf.at(year);
            if (prev == null || cur == null) {
                continue;
            }
            BigDecimal change = cur.value().subtract(prev.value());
            // Decided on the exact ratio: rounded first, 3 → 3.60001 (+20.0003 %) would read as exactly 20 %.
            BigDecimal exact = prev.value().signum() == 0
                    ? null
                    : Decimals.divide(change.abs(), prev.value().abs());
            boolean flagged = exact == null ? change.signum() != 0 : exact.compareTo(limit) > 0;
            BigDecimal relative = Decimals.round(exact, Decimals.RATIO_SCALE);
            if (flagged) {
                out.add(new Warning(
                        WarningCode.VOLATILE,
                        year,
                        null,
                        (year - 1) + "—" + year + "年由" + Decimals.plain(prev.value()) + u + "变为"
                                + Decimals.plain(cur.value()) + u
                                + (relative == null ? "" : "，变动" + Decimals.plain(percent(relative)) + "%")
                                + "，波动较大",
                        numbers(
                                "from",
                                prev.value(),
                                "to",
                                cur.value(),
                                "relativeChange",
                                relative,
                                "threshold",
                                limit)));
            }
        }
        return out;
    }

    /** No value for Y nor for Y−1 (缺项). */
    static List<Warning> stale(Series upToAsOf, int asOf) {
        if (upToAsOf.at(asOf) != null || upToAsOf.at(asOf - 1) != null) {
            return List.of();
        }
        Point latest = upToAsOf.latest();
        return List.of(new Warning(
                WarningCode.STALE,
                asOf,
                null,
                asOf + "年及" + (asOf - 1) + "年均无数据" + (latest == null ? "" : "，最新为" + latest.year() + "年"),
                numbers("latestYear", latest == null ? null : BigDecimal.valueOf(latest.year()))));
    }

    /** One sub-jurisdiction of an EACH target fails (NOT_ACHIEVED, REGRESSING or AT_RISK); {@code name} is how it is written. */
    static Warning subunitFailing(SubunitResult s, String name, Criterion criterion, String u) {
        return new Warning(
                WarningCode.SUBUNIT_FAILING,
                s.latest().year(),
                s.jurisdiction(),
                name + "：" + s.latest().year() + "年为"
                        + Decimals.plain(s.latest().value()) + u + "，"
                        + s.status().chinese(),
                numbers("latest", s.latest().value(), "target", criterion.shown()));
    }

    private static BigDecimal percent(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100));
    }

    /** Name/value pairs in order, leaving out the nulls. */
    static Map<String, BigDecimal> numbers(Object... pairs) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put((String) pairs[i], (BigDecimal) pairs[i + 1]);
            }
        }
        return m;
    }
}
