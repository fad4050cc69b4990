package io.planwatch.observation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Messages;
import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.planwatch.common.RequestLimits;
import io.planwatch.vocabulary.Dimension;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an observation push sent as CSV — what a statistics clerk exports from a spreadsheet — into the same rows
 * a JSON push carries, remembering the line each row starts on so that every error can name it. The header names
 * the columns (English or Chinese); dimension columns (SEX, AREA …) carry the disaggregation, an empty cell meaning
 * "not disaggregated by it". A wrong header refuses the whole file, since it misplaces every row; a bad cell is its
 * row's error, as in JSON.
 */
final class CsvRows {

    /** The rows, as JSON objects, and for each the line of the file it starts on. */
    record Parsed(List<JsonNode> rows, List<Integer> lines) {}

    private static final Map<String, String> COLUMNS = columns();
    /** Longer than any value a DECIMAL(20,6) holds in any notation: left as text, never parsed into a huge number. */
    private static final int MAX_NUMBER_LENGTH = 40;
    /** More header columns than a push could ever name are refused before the header is read further. */
    private static final int MAX_COLUMNS = 64;

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES);

    private CsvRows() {}

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        for (String field : List.of("indicator", "jurisdiction", "period", "value", "status", "department", "note")) {
            c.put(field, field);
        }
        for (Dimension d : Dimension.values()) {
            c.put(d.name().toLowerCase(Locale.ROOT), d.name());
        }
        c.putAll(Map.ofEntries(
                Map.entry("指标", "indicator"),
                Map.entry("指标代码", "indicator"),
                Map.entry("行政区划", "jurisdiction"),
                Map.entry("行政区划代码", "jurisdiction"),
                Map.entry("地区", "jurisdiction"),
                Map.entry("年份", "period"),
                Map.entry("年度", "period"),
                Map.entry("数值", "value"),
                Map.entry("值", "value"),
                Map.entry("状态", "status"),
                Map.entry("填报单位", "department"),
                Map.entry("部门", "department"),
                Map.entry("备注", "note"),
                Map.entry("性别", "SEX"),
                Map.entry("城乡", "AREA"),
                Map.entry("年龄组", "AGE_GROUP"),
                Map.entry("民族", "ETHNICITY"),
                Map.entry("残疾", "DISABILITY")));
        return Map.copyOf(c);
    }

    static Parsed read(byte[] body, Charset charset, int maxRows) {
        String text = decode(body, charset);
        List<String> names = null;
        List<JsonNode> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Lines lineOf = new Lines(text);
        // token by token, not record by record: a line of a million commas must not become a million strings
        try (JsonParser p = CSV.getFactory().createParser(new StringReader(text))) {
            long end = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                long previousEnd = end;
                String[] cells = record(p, names == null ? MAX_COLUMNS + 1 : names.size() + 1);
                end = p.currentLocation().getCharOffset();
                if (names != null && blank(cells)) {
                    continue; // no line to name: counting it here would rescan every blank line after it
                }
                int line = lineOf.after(previousEnd);
                if (names == null) {
                    if (cells.length > MAX_COLUMNS) {
                        throw ProblemException.invalid(
                                "header",
                                FieldErrorCode.OUT_OF_RANGE,
                                "the header has more than " + MAX_COLUMNS + " columns; a push has at most "
                                        + COLUMNS.size() + " kinds of column");
                    }
                    names = header(cells);
                } else if (!blank(cells)) {
                    if (rows.size() == maxRows) {
                        throw new ProblemException(
                                ProblemType.PAYLOAD_TOO_LARGE,
                                "the file has more than " + maxRows + " rows; at most " + maxRows
                                        + " are accepted in one push: split it into batches");
                    }
                    rows.add(row(names, cells, line));
                    lines.add(line);
                }
            }
        } catch (JsonProcessingException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_CSV,
                    "the CSV cannot be read"
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line " + e.getLocation().getLineNr()) + ": " + e.getOriginalMessage());
        } catch (IOException | RuntimeJsonMappingException e) {
            throw new ProblemException(ProblemType.MALFORMED_CSV, Messages.text("csv.unreadable", "it is not CSV"));
        }
        if (names == null) {
            throw ProblemException.invalid("header", FieldErrorCode.REQUIRED, Messages.text("csv.empty"));
        }
        return new Parsed(rows, lines);
    }

    /**
     * The cells of one record, at most {@code keep} of them (the rest are read past): one more than the header
     * names is enough to report the row's extra column. Each cell is cut to a little more than its column accepts.
     */
    private static String[] record(JsonParser p, int keep) throws IOException {
        List<String> cells = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            if (cells.size() < keep) {
                String cell = p.getText();
                cells.add(
                        cell.length() > RequestLimits.NOTE_LENGTH + 1
                                ? cell.substring(0, RequestLimits.NOTE_LENGTH + 1)
                                : cell);
            }
        }
        return cells.toArray(String[]::new);
    }

    /**
     * The 1-based line a record starts on: the first line after where the parser finished the previous record
     * (counting lines ourselves, since a quoted cell may span several). Records come in order, so the count goes
     * on from the previous one: no table of a line per newline, which a body of newlines would make huge.
     */
    private static final class Lines {
        private final String text;
        private int offset;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int after(long previousEnd) {
            int target = (int) Math.min(previousEnd, text.length());
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++;
            }
            for (; offset < target; offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** UTF-8 unless the Content-Type says otherwise; Excel on Chinese Windows saves GB18030 (GBK) instead. */
    private static String decode(byte[] body, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    Messages.text("csv.notCharset", charset.name()),
                    List.of(FieldError.of(
                            "charset",
                            FieldErrorCode.INVALID_FORMAT,
                            Messages.text("csv.notCharsetField", charset.name()))));
        }
    }

    static List<String> header(String[] cells) {
        List<String> names = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            if (cells[c].isBlank()) {
                names.add(null); // a column without a name must stay empty: rows with a cell there are refused
                continue;
            }
            String name = COLUMNS.get(cells[c].strip().toLowerCase(Locale.ROOT));
            if (name == null) {
                errors.add(FieldError.of(
                        "header",
                        FieldErrorCode.UNKNOWN_FIELD,
                        Messages.text(
                                "csv.columnUnknown", c + 1, RowValidator.quote(cells[c]), Messages.text("csv.known"))));
            } else if (names.contains(name)) {
                errors.add(FieldError.of(
                        "header",
                        FieldErrorCode.DUPLICATE,
                        Messages.text("csv.columnRepeated", c + 1, RowValidator.quote(cells[c]))));
            }
            names.add(name);
        }
        for (String required : List.of("indicator", "jurisdiction", "period", "value")) {
            if (!names.contains(required)) {
                errors.add(
                        FieldError.of("header", FieldErrorCode.REQUIRED, Messages.text("csv.columnMissing", required)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    Messages.text("csv.headerInvalid", errors.get(0).message()),
                    errors.stream().map(e -> e.atLine(1)).toList());
        }
        return names;
    }

    /**
     * One record as the JSON row it stands for. A value that is not a number stays text, so the row validator
     * reports it like a JSON string in the value field; cells beyond the header become an unknown field.
     */
    static JsonNode row(List<String> names, String[] cells, int line) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        ObjectNode disaggregation = JsonNodeFactory.instance.objectNode();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (cell.isEmpty()) {
                continue;
            }
            String name = c < names.size() ? names.get(c) : null;
            if (name == null) {
                row.put(
                        c < names.size()
                                ? "column " + (c + 1) + " (no name in the header)"
                                : "column " + (c + 1) + " (the header names " + names.size() + ")",
                        cell);
                continue;
            }
            if (name.equals("value")) {
                row.set("value", number(cell));
            } else if (Character.isUpperCase(name.charAt(0))) {
                disaggregation.put(name, cell);
            } else {
                row.put(name, cell);
            }
        }
        if (!disaggregation.isEmpty()) {
            row.set("disaggregation", disaggregation);
        }
        return row;
    }

    private static JsonNode number(String cell) {
        if (cell.length() > MAX_NUMBER_LENGTH) {
            return JsonNodeFactory.instance.textNode(cell);
        }
        try {
            return JsonNodeFactory.instance.numberNode(new BigDecimal(cell));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(cell);
        }
    }

    static boolean blank(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
