package io.planwatch.observation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.planwatch.common.Decimals;
import io.planwatch.common.FieldError;
import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Messages;
import io.planwatch.common.PlainText;
import io.planwatch.common.ProblemException;
import io.planwatch.common.RequestLimits;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.indicator.Indicator;
import io.planwatch.vocabulary.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads and checks each pushed row on its own, so that one bad cell — a wrong type, an extra spreadsheet column, a
 * value out of range — is reported against its row (index, field, code, what was expected) while the other rows
 * of the batch still apply.
 */
final class RowValidator {

    /** A row that passed every check, keyed for the database. */
    record ValidRow(
            int index,
            long indicatorId,
            long jurisdictionId,
            int period,
            String disaggregation,
            BigDecimal value,
            ObservationStatus status,
            Long departmentId,
            String note) {

        NaturalKey key() {
            return new NaturalKey(indicatorId, jurisdictionId, period, disaggregation);
        }
    }

    record NaturalKey(long indicatorId, long jurisdictionId, int period, String disaggregation) {}

    /**
     * The cells of one row as sent, each read to its Java type; null where absent or of the wrong type. wrongType
     * names the fields already refused when read (wrong type, or unknown): such a row is never applied.
     */
    record Cells(
            int index,
            String indicator,
            String jurisdiction,
            JsonNode period,
            Map<String, String> disaggregation,
            JsonNode value,
            String status,
            String department,
            String note,
            Set<String> wrongType) {

        /** Absent, not of the wrong type (that is reported once, when read). */
        boolean missing(String field, String cell) {
            return (cell == null || cell.isBlank()) && !wrongType.contains(field);
        }
    }

    static final List<String> FIELDS =
            List.of("indicator", "jurisdiction", "period", "disaggregation", "value", "status", "department", "note");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final Map<String, Indicator> indicators;
    private final Map<String, Long> jurisdictions;
    private final Map<String, Long> departments;
    private final int minYear;
    private final int maxYear;

    RowValidator(
            Map<String, Indicator> indicators,
            Map<String, Long> jurisdictions,
            Map<String, Long> departments,
            int minYear,
            int maxYear) {
        this.indicators = indicators;
        this.jurisdictions = jurisdictions;
        this.departments = departments;
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    /** A default department that does not exist would be every row's error: it is the batch's, once. */
    void checkDefaultDepartment(String code) {
        if (code != null && !departments.containsKey(code)) {
            throw ProblemException.invalid(
                    "department",
                    FieldErrorCode.UNKNOWN_REFERENCE,
                    Messages.text("push.defaultDepartmentUnknown", code));
        }
    }

    /** The version of each indicator the rows were checked against, by id. */
    Map<Long, Integer> indicatorVersions() {
        Map<Long, Integer> versions = new HashMap<>();
        indicators.values().forEach(i -> versions.put(i.id, i.version));
        return versions;
    }

    /** Reads every row's cells; a row that is not an object yields null, a cell of the wrong type an error. */
    static List<Cells> read(List<JsonNode> rows, List<FieldError> errors) {
        List<Cells> cells = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            cells.add(read(i, rows.get(i), errors));
        }
        return cells;
    }

    private static Cells read(int i, JsonNode row, List<FieldError> errors) {
        if (row == null || row.isNull()) {
            errors.add(new FieldError(i, "", FieldErrorCode.REQUIRED, Messages.text("row.null", i)));
            return null;
        }
        if (!row.isObject()) {
            errors.add(new FieldError(
                    i,
                    "",
                    FieldErrorCode.INVALID_TYPE,
                    Messages.text("row.notObject", i, row.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
            return null;
        }
        Set<String> wrongType = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            // an extra column may mean shifted columns: the row is refused, not applied without it
            errors.add(new FieldError(
                    i,
                    unknown.get(0),
                    FieldErrorCode.UNKNOWN_FIELD,
                    unknown.size() == 1
                            ? Messages.text("row.unknownField", unknown.get(0), FIELDS)
                            : Messages.text("row.unknownFields", unknown, FIELDS)));
            wrongType.addAll(unknown);
        }
        String indicator = text(i, row, "indicator", false, wrongType, errors);
        String jurisdiction = text(i, row, "jurisdiction", true, wrongType, errors);
        Map<String, String> disaggregation = disaggregation(i, row.get("disaggregation"), wrongType, errors);
        String status = text(i, row, "status", false, wrongType, errors);
        String department = text(i, row, "department", false, wrongType, errors);
        String note = text(i, row, "note", false, wrongType, errors);
        return new Cells(
                i,
                indicator,
                jurisdiction,
                row.get("period"),
                disaggregation,
                row.get("value"),
                status,
                department,
                note,
                wrongType);
    }

    /**
     * A string cell, stripped of spaces (the ideographic one too) and null when nothing is left, so an empty
     * department falls back to the batch's; a jurisdiction may come as a number, as spreadsheets export GB/T 2260 codes.
     */
    private static String text(
            int i,
            JsonNode row,
            String field,
            boolean integralAllowed,
            Set<String> wrongType,
            List<FieldError> errors) {
        JsonNode node = row.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            int max = field.equals("note") ? RequestLimits.NOTE_LENGTH : RequestLimits.CODE_LENGTH;
            if (text.length() > max) {
                // not looked up nor echoed whole: a megabyte-long code would otherwise travel into queries and the
                // summary
                errors.add(new FieldError(
                        i,
                        field,
                        FieldErrorCode.OUT_OF_RANGE,
                        field + " is longer than " + max + " characters (it starts '" + quote(text) + "'); at most "
                                + max));
                wrongType.add(field);
                return null;
            }
            String refusal = PlainText.refusal(text);
            if (refusal != null) {
                errors.add(new FieldError(i, field, FieldErrorCode.INVALID_FORMAT, field + " " + refusal));
                wrongType.add(field);
                return null;
            }
            return text.isEmpty() ? null : text;
        }
        if (integralAllowed && node.isIntegralNumber()) {
            return node.asText();
        }
        errors.add(new FieldError(
                i,
                field,
                FieldErrorCode.INVALID_TYPE,
                Messages.text(integralAllowed ? "row.notStringOrInteger" : "row.notString", field, abbreviate(node))));
        wrongType.add(field);
        return null;
    }

    private static Map<String, String> disaggregation(
            int i, JsonNode node, Set<String> wrongType, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(
                    i,
                    "disaggregation",
                    FieldErrorCode.INVALID_TYPE,
                    Messages.text("row.disaggregationNotObject", abbreviate(node))));
            wrongType.add("disaggregation");
            return null;
        }
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isTextual()) {
                errors.add(new FieldError(
                        i,
                        "disaggregation." + field.getKey(),
                        FieldErrorCode.INVALID_TYPE,
                        Messages.text("row.dimensionCodeNotString", field.getKey(), abbreviate(field.getValue()))));
                wrongType.add("disaggregation");
                return null;
            }
            Dimension dimension = dimensionNamed(field.getKey());
            String written = field.getValue().textValue().strip();
            values.put(field.getKey(), dimension == null ? written : dimension.code(written));
        }
        return values;
    }

    /**
     * Splits the rows into valid ones and errors; of two rows with the same natural key the later is rejected, and
     * names the earlier by its line when the rows came from a file ({@code lines} null otherwise).
     */
    List<ValidRow> validate(List<Cells> rows, String defaultDepartment, List<Integer> lines, List<FieldError> errors) {
        List<ValidRow> valid = new ArrayList<>(rows.size());
        Map<NaturalKey, Integer> seen = new HashMap<>();
        for (Cells cells : rows) {
            if (cells == null) {
                continue;
            }
            ValidRow row = validate(cells, defaultDepartment, errors);
            if (row == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(row.key(), row.index());
            if (earlier != null) {
                errors.add(new FieldError(
                        row.index(),
                        "",
                        FieldErrorCode.DUPLICATE,
                        lines == null
                                ? Messages.text("row.duplicateOfRow", earlier)
                                : Messages.text("row.duplicateOfLine", lines.get(earlier))));
            } else {
                valid.add(row);
            }
        }
        return valid;
    }

    private ValidRow validate(Cells row, String defaultDepartment, List<FieldError> errors) {
        int i = row.index();
        int before = errors.size();
        Indicator indicator = null;
        if (row.missing("indicator", row.indicator())) {
            errors.add(new FieldError(i, "indicator", FieldErrorCode.REQUIRED, Messages.text("row.indicatorMissing")));
        } else if (row.indicator() != null) {
            indicator = indicators.get(row.indicator());
            if (indicator == null) {
                errors.add(new FieldError(
                        i,
                        "indicator",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        Messages.text("row.indicatorUnknown", row.indicator())));
            }
        }
        Long jurisdiction = null;
        if (row.missing("jurisdiction", row.jurisdiction())) {
            errors.add(new FieldError(
                    i, "jurisdiction", FieldErrorCode.REQUIRED, Messages.text("row.jurisdictionMissing")));
        } else if (row.jurisdiction() != null) {
            jurisdiction = jurisdictions.get(row.jurisdiction());
            if (jurisdiction == null) {
                errors.add(new FieldError(
                        i,
                        "jurisdiction",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        Messages.text("row.jurisdictionUnknown", row.jurisdiction())));
            }
        }
        Integer period = period(i, row.period(), errors);
        BigDecimal value = value(i, row.value(), indicator, errors);
        if (indicator != null && row.disaggregation() != null) {
            String problem = Disaggregation.problem(row.disaggregation(), indicator.dimensions, indicator.code);
            if (problem != null) {
                errors.add(new FieldError(i, "disaggregation", FieldErrorCode.INVALID_DIMENSION, problem));
            }
        }
        ObservationStatus status = ObservationStatus.PROVISIONAL;
        if (row.status() != null) {
            try {
                status = ObservationStatus.valueOf(row.status());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(
                        i,
                        "status",
                        FieldErrorCode.UNKNOWN_VALUE,
                        Messages.text("row.statusUnknown", quote(row.status()))));
            }
        }
        String departmentCode = row.department() != null ? row.department() : defaultDepartment;
        Long department = null;
        if (departmentCode != null) {
            department = departments.get(departmentCode);
            if (department == null) {
                errors.add(new FieldError(
                        i,
                        "department",
                        FieldErrorCode.UNKNOWN_REFERENCE,
                        Messages.text("row.departmentUnknown", departmentCode)));
            }
        }
        if (errors.size() > before || !row.wrongType().isEmpty()) {
            return null;
        }
        return new ValidRow(
                i,
                indicator.id,
                jurisdiction,
                period,
                Disaggregation.key(row.disaggregation()),
                value,
                status,
                department,
                blank(row.note()) ? null : row.note());
    }

    private Integer period(int i, JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(i, "period", FieldErrorCode.REQUIRED, Messages.text("row.periodMissing")));
            return null;
        }
        String text = node.isIntegralNumber()
                ? node.asText()
                : node.isTextual() ? node.textValue().strip() : null;
        if (text == null || !YEAR.matcher(text).matches()) {
            errors.add(new FieldError(
                    i, "period", FieldErrorCode.INVALID_FORMAT, Messages.text("row.periodNotYear", abbreviate(node))));
            return null;
        }
        int year = Integer.parseInt(text);
        if (year < minYear || year > maxYear) {
            errors.add(new FieldError(
                    i,
                    "period",
                    FieldErrorCode.OUT_OF_RANGE,
                    Messages.text("row.periodOutOfRange", year, minYear, maxYear)));
            return null;
        }
        return year;
    }

    private static BigDecimal value(int i, JsonNode node, Indicator indicator, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(i, "value", FieldErrorCode.REQUIRED, Messages.text("row.valueMissing")));
            return null;
        }
        BigDecimal typed = withUnitSign(node, indicator);
        if (typed != null) {
            node = JsonNodeFactory.instance.numberNode(typed);
        }
        if (!node.isNumber()) {
            errors.add(new FieldError(
                    i, "value", FieldErrorCode.INVALID_TYPE, Messages.text("row.valueNotNumber", abbreviate(node))));
            return null;
        }
        String tooPrecise = Decimals.observationProblem(node.decimalValue());
        if (tooPrecise != null) {
            // toString, not toPlainString: 1e999999999 must not be spelled out in a billion digits
            errors.add(new FieldError(
                    i,
                    "value",
                    FieldErrorCode.TOO_PRECISE,
                    Messages.text("row.valueTooPrecise", node.decimalValue(), tooPrecise)));
            return null;
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (indicator != null) {
            BigDecimal min = indicator.effectiveMin();
            BigDecimal max = indicator.effectiveMax();
            if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
                errors.add(new FieldError(
                        i,
                        "value",
                        FieldErrorCode.OUT_OF_RANGE,
                        Messages.text(
                                "row.valueOutOfRange",
                                value.toPlainString(),
                                min == null ? "−∞" : min.stripTrailingZeros().toPlainString(),
                                max == null ? "∞" : max.stripTrailingZeros().toPlainString(),
                                indicator.code,
                                indicator.name,
                                indicator.unit)));
                return null;
            }
        }
        return value;
    }

    private static Dimension dimensionNamed(String name) {
        for (Dimension d : Dimension.values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }

    /**
     * A value typed with its unit sign, as a clerk writes it in a spreadsheet cell (95%, 2.41‰, 3.2/10万): the number,
     * when the sign is the indicator's own; null otherwise.
     */
    private static BigDecimal withUnitSign(JsonNode node, Indicator indicator) {
        if (!node.isTextual() || indicator == null || indicator.unit.symbol().isEmpty()) {
            return null;
        }
        String text = node.textValue().strip();
        String symbol = indicator.unit.symbol();
        if (!text.endsWith(symbol) || text.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(
                    text.substring(0, text.length() - symbol.length()).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A cell as JSON, cut short: error messages quote what was sent without echoing a whole pasted document. */
    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    /** The start of a value an error message quotes. */
    static String quote(String text) {
        return text.length() <= RequestLimits.QUOTED_CHARS ? text : text.substring(0, RequestLimits.QUOTED_CHARS) + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
