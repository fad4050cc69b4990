package io.planwatch.report;

import io.planwatch.vocabulary.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The department template as a workbook. Its first sheet is what the push reads: row 1 the header (the CSV's Chinese
 * column names; 指标名称, 单位, 行政区划名称, 取值范围 and 上年数值 are for the reader and skipped by the push), one row per
 * series, the 数值 column empty and validated against the indicator's range. A second sheet says how to fill it.
 */
final class TemplateWorkbook {

    static final String SHEET = "填报表";
    private static final Map<String, String> DIMENSION_HEADERS =
            Map.of("SEX", "性别", "AREA", "城乡", "AGE_GROUP", "年龄组", "ETHNICITY", "民族", "DISABILITY", "残疾");

    private TemplateWorkbook() {}

    static byte[] write(DepartmentTemplate t) {
        XSSFWorkbook book = new XSSFWorkbook();
        Workbooks styles = new Workbooks(book);
        XSSFSheet sheet = book.createSheet(SHEET);
        List<String> header = new ArrayList<>(List.of("指标代码", "指标名称", "单位", "行政区划代码", "行政区划名称", "年份"));
        t.dimensions().forEach(d -> header.add(DIMENSION_HEADERS.get(d)));
        int range = header.size();
        header.addAll(List.of("取值范围", "上年数值", "数值", "状态", "填报单位", "备注"));
        int value = range + 2;
        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header());
        }
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int r = 1;
        for (DepartmentTemplate.Row row : t.rows()) {
            Row x = sheet.createRow(r);
            String format = ReportWords.excelFormat(row.unit());
            styles.text(x, 0, row.indicator(), styles.text());
            styles.text(x, 1, row.indicatorName(), styles.text());
            styles.text(x, 2, Unit.valueOf(row.unit()).symbol(), styles.text());
            styles.text(x, 3, row.jurisdiction(), styles.text());
            styles.text(x, 4, row.jurisdictionName(), styles.text());
            Cell year = x.createCell(5);
            year.setCellValue(t.year());
            year.setCellStyle(styles.number("0"));
            for (int d = 0; d < t.dimensions().size(); d++) {
                styles.text(x, 6 + d, row.disaggregation().get(t.dimensions().get(d)), styles.text());
            }
            styles.text(x, range, rangeText(row.min(), row.max()), styles.text());
            Cell last = x.createCell(range + 1);
            if (row.lastYear() != null) {
                last.setCellValue(row.lastYear().doubleValue());
            }
            last.setCellStyle(styles.number(format));
            x.createCell(value).setCellStyle(styles.input(format));
            x.createCell(value + 1).setCellStyle(styles.input("@"));
            styles.text(x, value + 2, t.department(), styles.text());
            x.createCell(value + 3).setCellStyle(styles.input("@"));
            sheet.addValidationData(valueRule(validations, row.min(), row.max(), r, value));
            r++;
        }
        if (r > 1) {
            DataValidation status = validations.createValidation(
                    validations.createExplicitListConstraint(new String[] {"FINAL", "PROVISIONAL"}),
                    new CellRangeAddressList(1, r - 1, value + 1, value + 1));
            status.setShowErrorBox(true);
            status.createErrorBox("状态", "FINAL（正式）或 PROVISIONAL（初步），不填为 PROVISIONAL");
            sheet.addValidationData(status);
        }
        int[] widths = {18, 30, 10, 14, 18, 8};
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, (c < widths.length ? widths[c] : c == value + 3 ? 30 : 12) * 256);
        }
        sheet.createFreezePane(0, 1);
        notes(book.createSheet("填报说明"), t, styles);
        return Workbooks.bytes(book);
    }

    /** The value cell takes a number inside the indicator's range; Excel refuses anything else as it is typed. */
    private static DataValidation valueRule(
            DataValidationHelper h, BigDecimal min, BigDecimal max, int row, int column) {
        String lo = min == null ? "-1E+15" : min.stripTrailingZeros().toPlainString();
        String hi = max == null ? "1E+15" : max.stripTrailingZeros().toPlainString();
        DataValidation v = h.createValidation(
                h.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, lo, hi),
                new CellRangeAddressList(row, row, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox("数值超出范围", "请填写" + rangeText(min, max) + "之间的数字，不带单位");
        v.setEmptyCellAllowed(true);
        return v;
    }

    private static String rangeText(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "任意数值";
        }
        if (max == null) {
            return "≥" + ReportWords.number(min);
        }
        return (min == null ? "" : ReportWords.number(min)) + "–" + ReportWords.number(max);
    }

    private static void notes(XSSFSheet sheet, DepartmentTemplate t, Workbooks styles) {
        String[] lines = {
            t.planTitle() + " " + t.year() + "年监测数据填报表",
            "填报单位：" + t.departmentName() + "（" + t.department() + "）",
            "在“" + SHEET + "”的“数值”列填写" + t.year() + "年的数值（数字，不带单位），“状态”填 FINAL（正式）或 PROVISIONAL（初步）。",
            "其余各列请勿修改；没有数据的行留空即可，不会上报。“上年数值”“取值范围”仅供参考。",
            "填好后保存为 .xlsx，以 Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet 提交到 POST /api/v1/observations?source=系统名。",
            "不要合并单元格、不要使用日期格式、不要加密码；公式须保存计算结果。"
        };
        for (int i = 0; i < lines.length; i++) {
            styles.text(sheet.createRow(i), 0, lines[i], i == 0 ? styles.title() : null);
        }
        sheet.setColumnWidth(0, 120 * 256);
    }
}
