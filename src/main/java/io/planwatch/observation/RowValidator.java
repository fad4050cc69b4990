package io.planwatch.observation;

import com.fasterxml.jackson.databind.JsonNode;
import io.planwatch.common.FieldError;
import io.planwatch.indicator.Disaggregation;
import io.planwatch.indicator.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks each pushed row against the reference data resolved for the batch, reporting every problem of a row
 * with its index, field, code and the value that was expected.
 */
final class RowValidator {

    /** A row that passed every check, keyed for the database. */
    record ValidRow(int index, long indicatorId, long jurisdictionId, int period, String disaggregation, BigDecimal value,
                    ObservationStatus status, Long departmentId, String note) {

        NaturalKey key() {
            return new NaturalKey(indicatorId, jurisdictionId, period, disaggregation);
        }
    }

    record NaturalKey(long indicatorId, long jurisdictionId, int period, String disaggregation) {
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int NOTE_MAX = 500;

    private final Map<String, Indicator> indicators;
    private final Map<String, Long> jurisdictions;
    private final Map<String, Long> departments;
    private final int minYear;
    private final int maxYear;

    RowValidator(Map<String, Indicator> indicators, Map<String, Long> jurisdictions, Map<String, Long> departments, int minYear, int maxYear) {
        this.indicators = indicators;
        this.jurisdictions = jurisdictions;
        this.departments = departments;
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    /** Splits the rows into valid ones and errors; of two rows with the same natural key the later is rejected. */
    List<ValidRow> validate(List<PushRequest.Row> rows, String defaultDepartment, List<FieldError> errors) {
        List<ValidRow> valid = new ArrayList<>(rows.size());
        Map<NaturalKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ValidRow row = validate(i, rows.get(i), defaultDepartment, errors);
            if (row == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(row.key(), i);
            if (earlier != null) {
                errors.add(new FieldError(i, "indicator", "DUPLICATE_IN_BATCH", "row " + i + " has the same indicator, jurisdiction, period and disaggregation as row "
                        + earlier + "; send one value per key"));
            } else {
                valid.add(row);
            }
        }
        return valid;
    }

    private ValidRow validate(int i, PushRequest.Row row, String defaultDepartment, List<FieldError> errors) {
        if (row == null) {
            errors.add(new FieldError(i, "", "REQUIRED", "row " + i + " is null"));
            return null;
        }
        int before = errors.size();
        Indicator indicator = null;
        if (blank(row.indicator())) {
            errors.add(new FieldError(i, "indicator", "REQUIRED", "indicator code is missing"));
        } else {
            indicator = indicators.get(row.indicator());
            if (indicator == null) {
                errors.add(new FieldError(i, "indicator", "UNKNOWN_INDICATOR", "indicator '" + row.indicator() + "' does not exist"));
            }
        }
        Long jurisdiction = null;
        if (blank(row.jurisdiction())) {
            errors.add(new FieldError(i, "jurisdiction", "REQUIRED", "jurisdiction code is missing"));
        } else {
            jurisdiction = jurisdictions.get(row.jurisdiction());
            if (jurisdiction == null) {
                errors.add(new FieldError(i, "jurisdiction", "UNKNOWN_JURISDICTION", "jurisdiction '" + row.jurisdiction() + "' does not exist"));
            }
        }
        Integer period = period(i, row.period(), errors);
        BigDecimal value = value(i, row.value(), indicator, errors);
        if (indicator != null && row.disaggregation() != null) {
            String problem = Disaggregation.problem(row.disaggregation(), indicator.dimensions, indicator.code);
            if (problem != null) {
                errors.add(new FieldError(i, "disaggregation", "INVALID_DIMENSION", problem));
            }
        }
        ObservationStatus status = ObservationStatus.PROVISIONAL;
        if (row.status() != null) {
            try {
                status = ObservationStatus.valueOf(row.status());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(i, "status", "UNKNOWN_STATUS", "status '" + row.status() + "' is not one of [PROVISIONAL, FINAL]"));
            }
        }
        String departmentCode = row.department() != null ? row.department() : defaultDepartment;
        Long department = null;
        if (departmentCode != null) {
            department = departments.get(departmentCode);
            if (department == null) {
                errors.add(new FieldError(i, "department", "UNKNOWN_DEPARTMENT", "department '" + departmentCode + "' does not exist"));
            }
        }
        if (row.note() != null && row.note().length() > NOTE_MAX) {
            errors.add(new FieldError(i, "note", "TOO_LONG", "note has " + row.note().length() + " characters; at most " + NOTE_MAX));
        }
        if (errors.size() > before) {
            return null;
        }
        return new ValidRow(i, indicator.id, jurisdiction, period, Disaggregation.key(row.disaggregation()), value, status, department, row.note());
    }

    private Integer period(int i, JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(i, "period", "REQUIRED", "period is missing; expected a year such as \"2023\""));
            return null;
        }
        String text = node.isIntegralNumber() ? node.asText() : node.isTextual() ? node.textValue().trim() : null;
        if (text == null || !YEAR.matcher(text).matches()) {
            errors.add(new FieldError(i, "period", "INVALID_PERIOD", "period " + node + " is not a year; expected four digits such as \"2023\""));
            return null;
        }
        int year = Integer.parseInt(text);
        if (year < minYear || year > maxYear) {
            errors.add(new FieldError(i, "period", "OUT_OF_RANGE", "period " + year + " is outside " + minYear + "–" + maxYear));
            return null;
        }
        return year;
    }

    private static BigDecimal value(int i, JsonNode node, Indicator indicator, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(i, "value", "REQUIRED", "value is missing"));
            return null;
        }
        if (!node.isNumber()) {
            errors.add(new FieldError(i, "value", "NOT_A_NUMBER", "value " + node + " is not a JSON number"));
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.precision() - value.scale() > 14 || value.scale() > 6) {
            errors.add(new FieldError(i, "value", "TOO_PRECISE", "value " + value.toPlainString() + " has more than 14 integer or 6 decimal digits"));
            return null;
        }
        if (indicator != null) {
            BigDecimal min = indicator.effectiveMin();
            BigDecimal max = indicator.effectiveMax();
            if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
                errors.add(new FieldError(i, "value", "OUT_OF_RANGE", "value " + value.toPlainString() + " is outside "
                        + (min == null ? "−∞" : min.stripTrailingZeros().toPlainString()) + "–" + (max == null ? "∞" : max.stripTrailingZeros().toPlainString())
                        + " for " + indicator.code + " " + indicator.name + " (" + indicator.unit + ")"));
                return null;
            }
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
