package io.planwatch.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PlanWarnings",
        description = "Every early warning (预警) of a plan as of a year, in domain and target order")
public record WarningListDto(
        @Schema(examples = "luzhai-children") String plan,
        @Schema(examples = "2025") int asOf,
        List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PlanWarning", description = "One warning with the target it belongs to")
    public record Item(
            @Schema(description = "Target id", examples = "17")
            long target,

            @Schema(examples = "CH-HEALTH-IMR") String indicator,
            @Schema(examples = "450223-WJ") String leadDepartment,

            @Schema(required = true, examples = "WEAKER_THAN_BASELINE")
            io.planwatch.evaluation.engine.WarningCode code,

            @Schema(examples = "2020") Integer year,
            @Schema(examples = "450223100") String jurisdiction,

            @Schema(required = true, examples = "基线值2.41‰已达到目标“≤5‰”，目标未要求进一步改善")
            String message,

            @Schema(examples = "{\"baseline\": 2.41, \"target\": 5}")
            Map<String, BigDecimal> numbers,

            @Schema(description = "The assessment behind a qualitative target's status warning")
            TargetEvaluationDto.AssessmentRefDto assessment) {}
}
