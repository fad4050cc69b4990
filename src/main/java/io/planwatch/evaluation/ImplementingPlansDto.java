package io.planwatch.evaluation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lower levels' plans side by side: what a city or province reads to compare its counties (对下级规划的监测评估). */
@Schema(
        name = "ImplementingPlansEvaluation",
        description = "The plans that implement a plan (their parentPlan is it), each evaluated as of the same year")
public record ImplementingPlansDto(
        @Schema(description = "The upper plan", examples = "liuzhou-children")
        String plan,

        @Schema(description = "The one year every plan is evaluated as of", examples = "2025")
        int asOf,

        @Schema(description = "One entry per implementing plan, by jurisdiction code")
        List<Item> items) {

    @Schema(
            name = "ImplementingPlanSummary",
            description = "One implementing plan's roll-up, for the plan and per domain")
    public record Item(
            @Schema(examples = "luzhai-children") String plan,
            @Schema(examples = "鹿寨县儿童发展规划（2021—2030年）") String title,
            @Schema(examples = "450223") String jurisdiction,
            @Schema(examples = "鹿寨县") String jurisdictionName,
            SummaryDto summary,
            List<PlanEvaluationDto.DomainDto> domains) {}
}
