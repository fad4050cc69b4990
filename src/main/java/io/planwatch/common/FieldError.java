package io.planwatch.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One offending field: where ({@code index} for rows of a batch, {@code line} in a CSV upload, {@code sheet} and {@code cell} in a workbook, {@code field} as a
 * JSON path or column), what and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", description = "One offending field of the request")
public record FieldError(
        @Schema(description = "Row index in the batch (0-based), for batch requests", examples = "17")
        Integer index,

        @Schema(
                description =
                        "For a CSV upload: the line of the file the row starts on (1 is the header); for a workbook: the row of the sheet",
                examples = "19")
        Integer line,

        @Schema(description = "For a workbook upload: the sheet the row is on", examples = "填报表")
        String sheet,

        @Schema(description = "For a workbook upload: the cell, column letter and row (A1 notation)", examples = "H19")
        String cell,

        @Schema(
                description = "The field, as a JSON path inside the row or body (the column, for a CSV upload)",
                examples = "value")
        String field,

        @Schema(required = true, examples = "OUT_OF_RANGE") FieldErrorCode code,

        @Schema(
                required = true,
                description = "What was wrong and what was expected",
                examples = "value 102 is outside 0–100 for CH-HEALTH-IMMUN 免疫规划疫苗接种率 (PERCENT)")
        String message) {

    public FieldError(Integer index, String field, FieldErrorCode code, String message) {
        this(index, null, null, null, field, code, message);
    }

    public FieldError(Integer index, Integer line, String field, FieldErrorCode code, String message) {
        this(index, line, null, null, field, code, message);
    }

    public static FieldError of(String field, FieldErrorCode code, String message) {
        return new FieldError(null, field, code, message);
    }

    /** The same error, placed on the line of the uploaded file its row came from. */
    public FieldError atLine(Integer line) {
        return new FieldError(index, line, sheet, cell, field, code, message);
    }

    /** The same error, placed on a sheet and cell of the uploaded workbook its row came from. */
    public FieldError inSheet(String sheet, Integer row, String cell) {
        return new FieldError(index, row, sheet, cell, field, code, message);
    }
}
