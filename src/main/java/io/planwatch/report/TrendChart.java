package io.planwatch.report;

import io.planwatch.evaluation.TargetEvaluationDto.ProjectionDto;
import io.planwatch.evaluation.TargetEvaluationDto.YearValueDto;
import io.planwatch.evaluation.engine.Precision;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small trend chart of one numeric target, laid out for inline SVG: the values as dots joined by a line, the
 * evaluation's projection to the target year as a dashed line, the target value as a horizontal line. Coordinates
 * are pixels of a fixed viewBox; the numbers are the evaluation's.
 */
@TemplateData
public record TrendChart(
        int width,
        int height,
        List<Dot> dots,
        String line,
        Segment projection,
        Segment target,
        String targetLabel,
        List<Tick> xTicks,
        List<Tick> yTicks,
        int left,
        int right,
        int top,
        int bottom,
        String description) {

    @TemplateData
    public record Dot(String x, String y, int year, String label) {}

    @TemplateData
    public record Segment(String x1, String y1, String x2, String y2, String labelX, String labelY, String label) {}

    @TemplateData
    public record Tick(String x, String y, String label) {}

    private static final int W = 320;
    private static final int H = 150;
    private static final int LEFT = 44;
    private static final int RIGHT = W - 12;
    private static final int TOP = 12;
    private static final int BOTTOM = H - 22;

    /** @return null when there is nothing to draw (no values) */
    static TrendChart of(
            List<YearValueDto> values,
            ProjectionDto projection,
            BigDecimal target,
            String targetText,
            int firstYear,
            Integer targetYear,
            String unit) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        int lastYear = values.get(values.size() - 1).year();
        int x0 = Math.min(firstYear, values.get(0).year());
        int x1 = Math.max(
                lastYear + 1,
                Math.max(
                        targetYear == null ? lastYear : targetYear, projection == null ? lastYear : projection.year()));
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        List<BigDecimal> all =
                new ArrayList<>(values.stream().map(YearValueDto::value).toList());
        if (projection != null) {
            all.add(projection.value());
        }
        if (target != null) {
            all.add(target);
        }
        for (BigDecimal v : all) {
            lo = Math.min(lo, v.doubleValue());
            hi = Math.max(hi, v.doubleValue());
        }
        double pad = hi > lo ? (hi - lo) * 0.12 : Math.max(Math.abs(hi) * 0.1, 1);
        boolean nonNegative = lo >= 0;
        lo = nonNegative ? Math.max(0, lo - pad) : lo - pad;
        hi = hi + pad;
        Scale sx = new Scale(x0, x1, LEFT, RIGHT);
        Scale sy = new Scale(lo, hi, BOTTOM, TOP);

        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (YearValueDto v : values) {
            String x = sx.at(v.year());
            String y = sy.at(v.value().doubleValue());
            dots.add(new Dot(x, y, v.year(), v.year() + "年 " + ReportWords.value(v.value(), unit)));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
        }
        Segment projected = null;
        if (projection != null && projection.year() > lastYear) {
            YearValueDto last = values.get(values.size() - 1);
            projected = new Segment(
                    sx.at(last.year()),
                    sy.at(last.value().doubleValue()),
                    sx.at(projection.year()),
                    sy.at(projection.value().doubleValue()),
                    px(sx.value(projection.year()) - 6),
                    px(sy.value(projection.value().doubleValue()) - 6),
                    "预测"
                            + ReportWords.value(
                                    Precision.round(projection.value(), Precision.of(published(values, target))),
                                    unit));
        }
        Segment targetLine = null;
        if (target != null) {
            String y = sy.at(target.doubleValue());
            targetLine = new Segment(
                    px(LEFT), y, px(RIGHT), y, px(LEFT + 3), px(sy.value(target.doubleValue()) - 3), "目标" + targetText);
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int year : yearTicks(x0, x1, targetYear)) {
            xTicks.add(new Tick(sx.at(year), px(BOTTOM + 14), Integer.toString(year)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double v : new double[] {lo, (lo + hi) / 2, hi}) {
            yTicks.add(new Tick(px(LEFT - 4), px(sy.value(v) + 3), ReportWords.number(BigDecimal.valueOf(v))));
        }
        String description = values.size() + "个年度数值" + (projected != null ? "，预测至" + projection.year() + "年" : "")
                + (targetLine != null ? "，目标" + targetText : "");
        return new TrendChart(
                W,
                H,
                dots,
                line.toString(),
                projected,
                targetLine,
                targetLine == null ? null : targetLine.label(),
                xTicks,
                yTicks,
                LEFT,
                RIGHT,
                TOP,
                BOTTOM,
                description);
    }

    /** The first and last year, the target year, and every fifth year between when they fit. */
    private static List<Integer> yearTicks(int x0, int x1, Integer targetYear) {
        List<Integer> years = new ArrayList<>();
        years.add(x0);
        for (int y = (x0 / 5 + 1) * 5; y < x1; y += 5) {
            if (y - x0 >= 3 && x1 - y >= 3) {
                years.add(y);
            }
        }
        years.add(x1);
        return years;
    }

    private record Scale(double from, double to, double a, double b) {
        double value(double v) {
            return to == from ? (a + b) / 2 : a + (v - from) * (b - a) / (to - from);
        }

        String at(double v) {
            return px(value(v));
        }
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The values a projection was made from and the target: they give the precision it is written with. */
    private static List<BigDecimal> published(List<YearValueDto> values, BigDecimal target) {
        List<BigDecimal> out =
                new ArrayList<>(values.stream().map(YearValueDto::value).toList());
        out.add(target);
        return out;
    }
}
