package io.planwatch.report;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monitoring report as a workbook: a summary sheet, the warnings, and one sheet per domain with every target.
 * Values are numbers in the indicator's unit shown with its format (a cell holds 95.5 and shows 95.5%), status cells
 * carry the status's colour, header rows stay frozen, and each target keeps the plan's clause it was read from.
 */
final class ReportWorkbook {

    static final List<String> TARGET_COLUMNS = List.of(
            "目标编号", "指标代码", "指标", "单位", "基线值", "最新值", "最新年份", "比上年变化", "目标", "目标值", "目标年", "状态", "预警", "牵头部门", "规划原文");
    private static final int[] WIDTHS = {9, 18, 30, 8, 10, 10, 9, 12, 18, 10, 8, 16, 40, 20, 60};

    private ReportWorkbook() {}

    static byte[] write(Report report) {
        XSSFWorkbook book = new XSSFWorkbook();
        Workbooks styles = new Workbooks(book);
        summary(book.createSheet("总体情况"), report, styles);
        targets(book.createSheet("预警"), report.title() + " — 预警", report.alerts(), styles);
        for (Report.Part part : report.domains()) {
            targets(
                    book.createSheet(Workbooks.sheetName(part.order() + " " + part.name())),
                    part.name(),
                    part.lines(),
                    styles);
        }
        return Workbooks.bytes(book);
    }

    private static void summary(XSSFSheet sheet, Report report, Workbooks styles) {
        int r = 0;
        styles.text(sheet.createRow(r++), 0, report.planTitle(), styles.title());
        styles.text(sheet.createRow(r++), 0, report.subtitle(), styles.title());
        styles.text(
                sheet.createRow(r++),
                0,
                report.overview().sentence() + "数值指标数据完整率" + report.overview().completeness() + "。",
                null);
        styles.text(sheet.createRow(r++), 0, report.basis() + "；编制日期" + report.made() + "。", null);
        r++;
        Row head = sheet.createRow(r++);
        List<String> columns = new java.util.ArrayList<>(List.of("领域", "目标数"));
        report.overview().counts().forEach(c -> columns.add(c.label()));
        for (int c = 0; c < columns.size(); c++) {
            styles.text(
                    head,
                    c,
                    columns.get(c),
                    c < 2
                            ? styles.header()
                            : styles.status(
                                    report.overview().counts().get(c - 2).colour(), "#ffffff"));
        }
        int headerRow = r;
        for (Report.Part part : report.domains()) {
            Row row = sheet.createRow(r++);
            styles.text(row, 0, part.name(), styles.text());
            number(row, 1, BigDecimal.valueOf(part.targets()), styles.number("0"));
            for (int c = 0; c < part.counts().size(); c++) {
                number(row, c + 2, BigDecimal.valueOf(part.counts().get(c).n()), styles.number("0"));
            }
        }
        Row total = sheet.createRow(r++);
        styles.text(total, 0, "合计", styles.header());
        number(total, 1, BigDecimal.valueOf(report.overview().targets()), styles.number("0"));
        for (int c = 0; c < report.overview().counts().size(); c++) {
            number(
                    total,
                    c + 2,
                    BigDecimal.valueOf(report.overview().counts().get(c).n()),
                    styles.number("0"));
        }
        r++;
        Row missingHead = sheet.createRow(r++);
        List<String> m = List.of("牵头部门", "数值指标", report.asOf() + "年已报", "缺项", "完整率", "缺报指标");
        for (int c = 0; c < m.size(); c++) {
            styles.text(missingHead, c, m.get(c), styles.header());
        }
        for (Report.Completeness d : report.departments()) {
            Row row = sheet.createRow(r++);
            styles.text(row, 0, d.department(), styles.text());
            number(row, 1, BigDecimal.valueOf(d.numeric()), styles.number("0"));
            number(row, 2, BigDecimal.valueOf(d.reported()), styles.number("0"));
            number(row, 3, BigDecimal.valueOf(d.missing()), styles.number("0"));
            number(
                    row,
                    4,
                    BigDecimal.valueOf(d.reported())
                            .divide(BigDecimal.valueOf(d.numeric()), 4, java.math.RoundingMode.HALF_UP),
                    styles.number("0.0%"));
            styles.text(row, 5, d.missingNames().isEmpty() ? "无" : d.missingNames(), styles.text());
        }
        sheet.setColumnWidth(0, 22 * 256);
        for (int c = 1; c < columns.size(); c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        sheet.setColumnWidth(5, 60 * 256);
        sheet.createFreezePane(0, headerRow);
    }

    private static void targets(XSSFSheet sheet, String title, List<Report.Line> lines, Workbooks styles) {
        styles.text(sheet.createRow(0), 0, title, styles.title());
        Row head = sheet.createRow(1);
        for (int c = 0; c < TARGET_COLUMNS.size(); c++) {
            styles.text(head, c, TARGET_COLUMNS.get(c), styles.header());
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 2;
        for (Report.Line l : lines) {
            Row row = sheet.createRow(r++);
            String format = ReportWords.excelFormat(l.unitCode());
            number(row, 0, BigDecimal.valueOf(l.id()), styles.number("0"));
            styles.text(row, 1, l.indicatorCode(), styles.text());
            styles.text(row, 2, l.indicator(), styles.text());
            styles.text(row, 3, l.unit(), styles.text());
            number(row, 4, l.baselineValue(), styles.number(format));
            number(row, 5, l.latestValue(), styles.number(format));
            number(row, 6, l.latestYear() == null ? null : BigDecimal.valueOf(l.latestYear()), styles.number("0"));
            number(row, 7, l.changeValue(), styles.number(changeFormat(l.unitCode(), format)));
            styles.text(row, 8, l.target(), styles.text());
            number(row, 9, l.targetValue(), styles.number(format));
            number(row, 10, l.targetYear() == null ? null : BigDecimal.valueOf(l.targetYear()), styles.number("0"));
            styles.text(row, 11, l.statusLabel(), styles.status(l.colour(), l.tint()));
            styles.text(row, 12, String.join("\n", l.warnings()), styles.text());
            styles.text(row, 13, l.leadDepartment(), styles.text());
            styles.text(row, 14, l.source(), styles.text());
        }
        sheet.createFreezePane(3, 2);
        if (!lines.isEmpty()) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(1, r - 1, 0, TARGET_COLUMNS.size() - 1));
        }
    }

    /** A change of a percentage is in percentage points, of a per-mille rate in per-mille points. */
    private static String changeFormat(String unit, String format) {
        if ("PERCENT".equals(unit)) {
            return "+General\"个百分点\";-General\"个百分点\";0";
        }
        if ("PER_MILLE".equals(unit)) {
            return "+General\"个千分点\";-General\"个千分点\";0";
        }
        return format;
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }
}
