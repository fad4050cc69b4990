package io.planwatch.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.common.FieldError;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a push did, row by row: the answer a reporting system reconciles its export against. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ImportSummary",
        description = "The outcome of a push: counts and each rejected row's index, field, code and message")
public record ImportSummary(
        @Schema(description = "Id of the recorded push; absent for a dry run", examples = "12")
        Long push,

        @Schema(description = "true when nothing was written because dryRun=true", examples = "false")
        boolean dryRun,

        @Schema(examples = "3000") int received,
        @Schema(examples = "2400") int created,
        @Schema(examples = "96") int updated,
        @Schema(examples = "500") int unchanged,
        @Schema(examples = "4") int rejected,

        @Schema(
                description = "One entry per problem, ordered by row index; the first " + ImportSummary.MAX_ERRORS
                        + " when there are more")
        List<FieldError> errors,

        @Schema(
                description = "Problems beyond the first " + ImportSummary.MAX_ERRORS
                        + ", counted but not listed; absent when none",
                examples = "0")
        Integer errorsOmitted) {

    /** Enough to fix a file by; a push of 10,000 rows all wrong would otherwise answer megabytes of the same error. */
    public static final int MAX_ERRORS = 1000;
}
