package io.planwatch.report;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/**
 * A monitoring report as its readers see it, the same for the HTML page and the workbook: title and plan facts, the
 * roll-up of statuses, the warnings first, then domain by domain every target with its chart, and what each lead
 * department has still to report (缺项). Built by {@link ReportBuilder} from one evaluation.
 */
@TemplateData
public record Report(
        String title,
        String subtitle,
        String kind,
        String planCode,
        String planTitle,
        String jurisdiction,
        String issuedBy,
        String period,
        int asOf,
        int baselineYear,
        String basis,
        String made,
        Overview overview,
        List<Part> domains,
        List<Line> alerts,
        List<Line> stale,
        List<Completeness> departments) {

    /** The plan-wide roll-up. */
    @TemplateData
    public record Overview(int targets, List<Count> counts, String sentence, String completeness) {}

    @TemplateData
    public record Count(String status, String label, String colour, int n, String share) {}

    /** One segment of a domain's bar, in percent of the bar's width. */
    @TemplateData
    public record Bar(String x, String width, String colour, String label) {}

    @TemplateData
    public record Part(
            int order,
            String numeral,
            String name,
            int targets,
            List<Count> counts,
            List<Bar> bar,
            List<Line> lines,
            List<Line> charted) {}

    /**
     * One target's row. The text fields are what the page prints; the numbers are what the workbook stores.
     *
     * @param unitCode io.planwatch.indicator.Unit name, null without indicator
     */
    @TemplateData
    public record Line(
            long id,
            String domain,
            Integer goal,
            String indicator,
            String indicatorCode,
            String unit,
            String unitCode,
            String baseline,
            String latest,
            Integer latestYear,
            String change,
            String changeFrom,
            String target,
            String status,
            String statusLabel,
            String colour,
            String tint,
            List<String> warnings,
            String warningNames,
            String explanation,
            String source,
            String leadDepartment,
            TrendChart chart,
            BigDecimal baselineValue,
            BigDecimal latestValue,
            BigDecimal changeValue,
            BigDecimal targetValue,
            Integer targetYear) {}

    /** 缺项 of one lead department. */
    @TemplateData
    public record Completeness(
            String department, int numeric, int reported, int missing, String missingNames, String share) {}
}
