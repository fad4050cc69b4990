package io.planwatch.observation;

import com.fasterxml.jackson.databind.JsonNode;
import io.planwatch.common.Decimals;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.common.RequestLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an observation push sent as a workbook (.xlsx) — the department template filled in, or any sheet whose first
 * row is the CSV's header — into the rows {@link CsvRows} makes of a CSV, so both go through the same checks. The
 * sheet is streamed (POI's SAX reader): rows are counted while reading and reading stops past the batch limit, and
 * no cell text grows past {@link #MAX_CELL}. What a workbook can hold and a CSV cannot each get a 400 naming the cell:
 * a password, a formula without a cached value, a date where a year or a number belongs, merged cells.
 */
final class XlsxRows {

    /** Excel shows and exports a double to 15 significant digits, the most a stored value keeps. */
    private static final MathContext EXCEL_DIGITS = new MathContext(Decimals.OBSERVATION_SIGNIFICANT_DIGITS);

    /** The rows as JSON objects, the sheet row of each, and where each column is, for errors. */
    record Parsed(List<JsonNode> rows, List<Integer> lines, String sheet, Map<String, String> columns) {

        /** The error of a row, placed on the sheet, row and cell its field came from. */
        FieldError place(FieldError e) {
            String field = e.field() == null
                    ? ""
                    : e.field().startsWith("disaggregation.")
                            ? e.field().substring("disaggregation.".length())
                            : e.field();
            if (field.equals("disaggregation")) {
                // The message names the dimension at fault ("'X' is not a SEX code", "not disaggregated by 'AREA'").
                field = columns.keySet().stream()
                        .filter(c -> Character.isUpperCase(c.charAt(0))
                                && e.message() != null
                                && e.message().contains(c))
                        .findFirst()
                        .orElse(field);
            }
            String letter = columns.get(field);
            return e.inSheet(sheet, e.line(), letter == null || e.line() == null ? null : letter + e.line());
        }
    }

    /** The longest field a row takes ({@link RequestLimits#NOTE_LENGTH}, a note): a longer cell is no field at all, refused before it is held. */
    static final int MAX_CELL = RequestLimits.NOTE_LENGTH;
    /** Columns a row may have; the template has eleven. */
    static final int MAX_COLUMNS = 64;
    /** The columns the department template adds for the reader's reference; the push skips them. */
    static final Set<String> REFERENCE_COLUMNS = Set.of("指标名称", "单位", "行政区划名称", "上年数值", "取值范围", "填报说明");

    static {
        // Zip bombs: refuse entries that inflate more than 100 times (POI's default ratio is 1/100 already, set here so
        // it cannot be lost) or past 100 MB; a 32 MB body of real sheets stays far below both.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private XlsxRows() {}

    static Parsed read(byte[] body, String sheetName, int maxRows) {
        refuseWhatIsNoWorkbook(body);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(body))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (sheetName == null || sheetName.equals(name)) {
                        return new SheetHandler(name, strings, styles, maxRows).read(sheet);
                    }
                }
            }
            if (names.isEmpty()) {
                throw notAWorkbook("the workbook has no sheet");
            }
            throw ProblemException.invalid(
                    "sheet",
                    FieldErrorCode.UNKNOWN_VALUE,
                    "the workbook has no sheet '" + sheetName + "'; its sheets are " + names);
        } catch (IOException | OpenXML4JException | POIXMLException | UnsupportedFileFormatException | SAXException e) {
            if (e.getMessage() != null && e.getMessage().contains("Zip bomb")) {
                throw new ProblemException(
                        ProblemType.MALFORMED_XLSX,
                        "the workbook expands to far more than it is (a zip bomb?): "
                                + "it is refused unread; save it again in Excel and send the saved file");
            }
            throw notAWorkbook(
                    "it cannot be read as a workbook (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** An encrypted .xlsx and an old .xls are OLE2 files, not zip packages; anything else not a zip is no workbook. */
    private static void refuseWhatIsNoWorkbook(byte[] body) {
        FileMagic magic = FileMagic.valueOf(Arrays.copyOf(body, Math.min(body.length, 44)));
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(body))) {
                if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                    throw new ProblemException(
                            ProblemType.MALFORMED_XLSX,
                            "the workbook is password-protected and cannot be read: "
                                    + "remove the password (文件 → 信息 → 保护工作簿 → 用密码进行加密, clear it) and send it again");
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof ProblemException p) {
                    throw p;
                }
                throw notAWorkbook("it is an OLE2 file that cannot be read");
            }
            throw notAWorkbook(
                    "it is an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx) and send that");
        }
        throw notAWorkbook(body.length == 0 ? "the body is empty" : "it is not an .xlsx workbook (a zip package)");
    }

    private static ProblemException notAWorkbook(String why) {
        return new ProblemException(
                ProblemType.MALFORMED_XLSX,
                "the body cannot be read as a workbook: " + why
                        + "; send the filled-in template (.xlsx) with Content-Type "
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** One sheet's XML, a row at a time: the header row names the columns, every later non-blank row becomes a push row. */
    private static final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int maxRows;

        private final List<JsonNode> rows = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private List<String> names;
        private int[] kept;
        private int headerRow;
        private int headerWidth;
        /** The sheet has the template's reference columns: its rows without a value are skipped. */
        private boolean template;

        private final Map<String, String> columns = new HashMap<>();

        private final TreeMap<Integer, String> cells = new TreeMap<>();
        private int row;
        private String ref;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private boolean hasValue;
        private final StringBuilder text = new StringBuilder();

        SheetHandler(String sheet, ReadOnlySharedStringsTable strings, StylesTable styles, int maxRows) {
            this.sheet = sheet;
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
        }

        Parsed read(InputStream xml) throws IOException, SAXException {
            try {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(this);
                parser.parse(new InputSource(xml));
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            for (CellRangeAddress range : merged) {
                if (names != null && range.getLastRow() + 1 >= headerRow) {
                    throw cellProblem(
                            range.getFirstRow() + 1,
                            null,
                            FieldErrorCode.INVALID_FORMAT,
                            "cells " + range.formatAsString() + " of sheet '" + sheet
                                    + "' are merged; a row needs a cell of its own in every column: unmerge them (开始 → 合并后居中 → 取消单元格合并) and fill each row");
                }
            }
            if (names == null) {
                throw ProblemException.invalid(
                        "header",
                        FieldErrorCode.REQUIRED,
                        "sheet '" + sheet + "' is empty; its first row names the columns, e.g. "
                                + "indicator, jurisdiction, period, value, status (the department template has them)");
            }
            return new Parsed(rows, lines, sheet, columns);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    cells.clear();
                    String r = a.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                }
                case "c" -> {
                    ref = a.getValue("r");
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    hasValue = false;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v", "t" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "mergeCell" -> merged.add(CellRangeAddress.valueOf(a.getValue("ref")));
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                if (text.length() + length > MAX_CELL) {
                    throw cellProblem(
                            row,
                            ref,
                            FieldErrorCode.OUT_OF_RANGE,
                            "cell " + ref + " of sheet '" + sheet + "' holds more than " + MAX_CELL
                                    + " characters; no field of a row is that long");
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> cell();
                case "row" -> row();
                default -> {}
            }
        }

        private void cell() {
            int column = new CellReference(ref == null ? "A1" : ref).getCol();
            if (formula && (!hasValue || text.isEmpty())) {
                throw cellProblem(
                        row,
                        ref,
                        FieldErrorCode.INVALID_FORMAT,
                        "cell " + ref + " of sheet '" + sheet + "' is a formula without a saved result;"
                                + " open the workbook in Excel and save it (the result is then stored), or paste the values (选择性粘贴 → 数值)");
            }
            if (!hasValue || text.isEmpty() && !"inlineStr".equals(type) && !"str".equals(type)) {
                return;
            }
            String value = switch (type == null ? "n" : type) {
                case "s" ->
                    strings.getItemAt(Integer.parseInt(text.toString().trim())).getString();
                case "b" -> "1".equals(text.toString()) ? "TRUE" : "FALSE";
                case "n" -> number(text.toString());
                default -> text.toString(); // inlineStr, str (a formula's text result), e (an error such as #DIV/0!)
            };
            if (value.length() > MAX_CELL) {
                throw cellProblem(
                        row,
                        ref,
                        FieldErrorCode.OUT_OF_RANGE,
                        "cell " + ref + " of sheet '" + sheet + "' holds " + value.length() + " characters; at most "
                                + MAX_CELL);
            }
            if (column >= MAX_COLUMNS) {
                if (!value.isBlank()) {
                    throw cellProblem(
                            row,
                            ref,
                            FieldErrorCode.OUT_OF_RANGE,
                            "cell " + ref + " of sheet '" + sheet + "' is beyond column "
                                    + CellReference.convertNumToColString(MAX_COLUMNS - 1) + "; a row has at most "
                                    + MAX_COLUMNS + " columns");
                }
                return;
            }
            cells.put(column, value);
        }

        /** A number as Excel shows it: the stored double to its 15 significant digits, not 0.30000000000000004. */
        private String number(String raw) {
            XSSFCellStyle s = style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
            if (s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())) {
                String shown;
                try {
                    shown = DateUtil.getLocalDateTime(Double.parseDouble(raw))
                            .toLocalDate()
                            .toString();
                } catch (RuntimeException e) {
                    shown = raw;
                }
                throw cellProblem(
                        row,
                        ref,
                        FieldErrorCode.INVALID_TYPE,
                        "cell " + ref + " of sheet '" + sheet + "' is a date (" + shown + "); a year or a value "
                                + "is a plain number: format the column as 常规 or 数值 and type 2024, not a date");
            }
            try {
                return new BigDecimal(raw.trim())
                        .round(EXCEL_DIGITS)
                        .stripTrailingZeros()
                        .toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }

        private void row() {
            if (cells.isEmpty()) {
                return;
            }
            int width = cells.lastKey() + 1;
            String[] all = new String[width];
            Arrays.fill(all, "");
            cells.forEach((c, v) -> all[c] = v);
            if (names == null) {
                header(all);
                return;
            }
            // The kept columns in order, then any cell right of the header, which CsvRows reports as a column the
            // header does not name.
            List<String> values = new ArrayList<>();
            for (int k : kept) {
                values.add(k < all.length ? all[k] : "");
            }
            for (int c = headerWidth; c < all.length; c++) {
                values.add(all[c]);
            }
            String[] cellsOfRow = values.toArray(String[]::new);
            if (CsvRows.blank(cellsOfRow)) {
                return;
            }
            // In the department template a row left without a value is a series not reported this time, not an error.
            int valueColumn = names.indexOf("value");
            if (template
                    && valueColumn >= 0
                    && (valueColumn >= cellsOfRow.length || cellsOfRow[valueColumn].isBlank())) {
                return;
            }
            if (rows.size() == maxRows) {
                throw ObservationImporter.tooLarge(maxRows + 1, maxRows);
            }
            rows.add(CsvRows.row(names, cellsOfRow, row));
            lines.add(row);
        }

        /** The header row: reference columns of the template are set aside, the rest named as in a CSV. */
        private void header(String[] all) {
            headerRow = row;
            headerWidth = all.length;
            List<Integer> keep = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (int c = 0; c < all.length; c++) {
                if (REFERENCE_COLUMNS.contains(all[c].strip())) {
                    template = true;
                } else {
                    keep.add(c);
                    header.add(all[c]);
                }
            }
            kept = keep.stream().mapToInt(Integer::intValue).toArray();
            try {
                names = CsvRows.header(header.toArray(String[]::new));
            } catch (ProblemException e) {
                throw new ProblemException(
                        e.type(),
                        "the header row " + row + " of sheet '" + sheet + "' is not valid: "
                                + (e.errors().isEmpty()
                                        ? e.getMessage()
                                        : e.errors().get(0).message()),
                        e.errors().stream()
                                .map(x -> x.inSheet(sheet, row, null))
                                .toList());
            }
            for (int i = 0; i < kept.length; i++) {
                if (names.get(i) != null) {
                    columns.put(names.get(i), CellReference.convertNumToColString(kept[i]));
                }
            }
        }

        private ProblemException cellProblem(int row, String cell, FieldErrorCode code, String message) {
            return new ProblemException(
                    ProblemType.MALFORMED_XLSX,
                    message,
                    List.of(new FieldError(null, row, sheet, cell, null, code, message)));
        }
    }
}
