package io.planwatch.evaluation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PlanEvaluation",
        description = "A plan's evaluation as of a year: plan and domain roll-ups and every target's result")
public record PlanEvaluationDto(
        @Schema(description = "Plan code", examples = "luzhai-children")
        String plan,

        @Schema(description = "The year evaluated: values after it are ignored", examples = "2025")
        int asOf,

        SummaryDto summary,

        @Schema(description = "Roll-up per domain, in domain order")
        List<DomainDto> domains,

        @Schema(description = "Every target, in domain order then target id")
        List<TargetEvaluationDto> targets) {

    @Schema(name = "DomainEvaluation", description = "The roll-up of one domain")
    public record DomainDto(
            @Schema(examples = "1") int order,
            @Schema(examples = "儿童与健康") String name,
            SummaryDto summary) {}
}
