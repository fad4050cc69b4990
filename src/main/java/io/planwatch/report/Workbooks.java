package io.planwatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles a PlanWatch workbook uses, made once per workbook (a workbook holds at most 64,000 styles). */
final class Workbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What the contract shows for a workbook answer: its bytes are no example anyone can copy, its sheets are. */
    static final String EXAMPLE = "(an .xlsx workbook, PK… zip bytes) report: sheets 总体情况, 预警, 1 儿童与健康, 2 儿童与安全 …;"
            + " template: sheet 填报表 with the header row 指标代码 | 指标名称 | 单位 | 行政区划代码 | 行政区划名称 | 年份 | 城乡 | 取值范围 | 上年数值 | 数值 | 状态 | 填报单位 | 备注, and sheet 填报说明";

    private final XSSFWorkbook book;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();

    Workbooks(XSSFWorkbook book) {
        this.book = book;
    }

    XSSFCellStyle header() {
        return styles.computeIfAbsent("header", k -> {
            XSSFCellStyle s = bordered();
            s.setFont(font(true, 11, null));
            s.setFillForegroundColor(colour("#eceff1"));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        });
    }

    XSSFCellStyle title() {
        return styles.computeIfAbsent("title", k -> {
            XSSFCellStyle s = book.createCellStyle();
            s.setFont(font(true, 16, null));
            return s;
        });
    }

    XSSFCellStyle text() {
        return styles.computeIfAbsent("text", k -> {
            XSSFCellStyle s = bordered();
            s.setWrapText(true);
            return s;
        });
    }

    /** A number cell shown in the given Excel format ("General\"%\""). */
    XSSFCellStyle number(String format) {
        return styles.computeIfAbsent("number " + format, k -> {
            XSSFCellStyle s = bordered();
            s.setDataFormat(book.createDataFormat().getFormat(format));
            return s;
        });
    }

    /** A status cell: the word on the status's tint, bold in its colour. */
    XSSFCellStyle status(String colour, String tint) {
        return styles.computeIfAbsent("status " + colour, k -> {
            XSSFCellStyle s = bordered();
            s.setFillForegroundColor(colour(tint));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setFont(font(true, 11, colour));
            s.setAlignment(HorizontalAlignment.CENTER);
            return s;
        });
    }

    /** An input cell of a template: pale yellow, as forms mark what to fill. */
    XSSFCellStyle input(String format) {
        return styles.computeIfAbsent("input " + format, k -> {
            XSSFCellStyle s = bordered();
            s.setFillForegroundColor(colour("#fffde7"));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setDataFormat(book.createDataFormat().getFormat(format));
            s.setLocked(false);
            return s;
        });
    }

    /**
     * A text cell. Text a spreadsheet would take for a formula (leading =, +, -, @, tab or CR: a plan title
     * "=HYPERLINK(…)") is marked quote-prefixed, the workbook's own form of OWASP's leading apostrophe: shown and
     * kept as the text it is, also when the cell is edited or the sheet saved as CSV, with the value itself unchanged.
     */
    void text(Row row, int column, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        XSSFCellStyle chosen = value != null && formulaLike(value) ? quoted(style) : style;
        if (chosen != null) {
            cell.setCellStyle(chosen);
        }
    }

    static boolean formulaLike(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private XSSFCellStyle quoted(XSSFCellStyle style) {
        return styles.computeIfAbsent("quoted " + (style == null ? "" : style.getIndex()), k -> {
            XSSFCellStyle s = book.createCellStyle();
            if (style != null) {
                s.cloneStyleFrom(style);
            }
            s.setQuotePrefixed(true);
            return s;
        });
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle s = book.createCellStyle();
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private Font font(boolean bold, int points, String colour) {
        XSSFFont f = book.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        f.setFontName("等线");
        if (colour != null) {
            f.setColor(colour(colour));
        }
        return f;
    }

    static XSSFColor colour(String hex) {
        return new XSSFColor(HexFormat.of().parseHex(hex.substring(1)), null);
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\. */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    static byte[] bytes(XSSFWorkbook book) {
        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
