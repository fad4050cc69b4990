package io.planwatch.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why one field, cell or row was refused: the {@code code} of every {@link FieldError}, one closed set for every
 * validator, importer and reader, so a client branches on a dozen codes and reads the {@code field} for the rest.
 * The wire value is the constant's name. Add a code here only for a reason none of these names; where the field
 * already says what (indicator, jurisdiction, header …), the code stays general.
 */
@Schema(name = "FieldErrorCode", description = """
        Why the field was refused:
        REQUIRED — absent or empty (a field, a CSV column, a part of a plan text);
        UNKNOWN_FIELD — a field or CSV column the request does not have (an extra spreadsheet column too);
        INVALID_TYPE — the wrong JSON type, e.g. text where a number belongs;
        INVALID_FORMAT — the right type in the wrong form: a period that is not a year, a cursor not issued by the API, bytes not in the declared charset;
        UNKNOWN_VALUE — not one of the values the field allows (listed in the message), e.g. a status or a charset;
        UNKNOWN_REFERENCE — names an indicator, jurisdiction, department, plan, domain or goal that does not exist;
        INVALID_DIMENSION — a disaggregation by a dimension the indicator lacks, or by a code that dimension does not have;
        OUT_OF_RANGE — a number, year, count or length outside its bounds (given in the message);
        TOO_PRECISE — more digits than are stored (20 integer and 6 fraction digits for values);
        DUPLICATE — the same thing twice in one request: two rows with one key, a repeated column, milestone or correction;
        INCONSISTENT — contradicts another field of the request or the stored state;
        IMMUTABLE — tries to change an identity (a code, a domain's order, a goal's number);
        IN_USE — the change would invalidate stored observations or targets;
        FINAL_VALUE_PROTECTED — a provisional value would replace a FINAL one;
        OUT_OF_SCOPE — a row of a jurisdiction outside the token's (its jurisdiction and those below it);
        NOT_OWN_DEPARTMENT — a row or batch names a reporting department other than the token's;
        READ_ONLY — a field the service sets (an id, a time, who did it), not the caller;
        LOCKED — the value is of a year a plan's period lock freezes (the message names the plan and the year).""")
public enum FieldErrorCode {
    REQUIRED,
    UNKNOWN_FIELD,
    INVALID_TYPE,
    INVALID_FORMAT,
    UNKNOWN_VALUE,
    UNKNOWN_REFERENCE,
    INVALID_DIMENSION,
    OUT_OF_RANGE,
    TOO_PRECISE,
    DUPLICATE,
    INCONSISTENT,
    IMMUTABLE,
    IN_USE,
    FINAL_VALUE_PROTECTED,
    OUT_OF_SCOPE,
    NOT_OWN_DEPARTMENT,
    READ_ONLY,
    LOCKED;

    /**
     * Codes answered before this set was closed, as stored push summaries (replayed for an Idempotency-Key) still
     * hold them; read back as the code that replaced them.
     */
    private static final Map<String, FieldErrorCode> FORMER = Map.ofEntries(
            Map.entry("UNKNOWN_INDICATOR", UNKNOWN_REFERENCE),
            Map.entry("UNKNOWN_JURISDICTION", UNKNOWN_REFERENCE),
            Map.entry("UNKNOWN_DEPARTMENT", UNKNOWN_REFERENCE),
            Map.entry("UNKNOWN_STATUS", UNKNOWN_VALUE),
            Map.entry("UNKNOWN_CHARSET", UNKNOWN_VALUE),
            Map.entry("UNKNOWN_COLUMN", UNKNOWN_FIELD),
            Map.entry("MISSING_COLUMN", REQUIRED),
            Map.entry("MISSING", REQUIRED),
            Map.entry("DUPLICATE_COLUMN", DUPLICATE),
            Map.entry("DUPLICATE_IN_BATCH", DUPLICATE),
            Map.entry("INVALID_PERIOD", INVALID_FORMAT),
            Map.entry("INVALID_ENCODING", INVALID_FORMAT),
            Map.entry("INVALID", INVALID_FORMAT),
            Map.entry("NOT_A_NUMBER", INVALID_TYPE),
            Map.entry("TOO_LONG", OUT_OF_RANGE));

    @JsonCreator
    public static FieldErrorCode of(String wire) {
        FieldErrorCode former = FORMER.get(wire);
        return former != null ? former : valueOf(wire);
    }

    /** The code of a field error standing for a whole problem that named no field (a target adopted from a draft). */
    public static FieldErrorCode of(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> UNKNOWN_REFERENCE;
            case ALREADY_EXISTS -> DUPLICATE;
            case IN_USE -> IN_USE;
            case PAYLOAD_TOO_LARGE -> OUT_OF_RANGE;
            default -> INCONSISTENT;
        };
    }
}
