package io.planwatch.evaluation;

import io.planwatch.evaluation.engine.Summary;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "EvaluationSummary",
        description = "Roll-up of a domain or a plan: counts by status, shares, data completeness and warnings by code")
public record SummaryDto(
        @Schema(description = "Number of targets", examples = "112")
        int targets,

        @Schema(
                description = "Targets by status, every status listed",
                examples = "{\"ACHIEVED\": 20, \"ON_TRACK\": 5, \"NO_DATA\": 34}")
        Map<String, Integer> byStatus,

        @Schema(nullable = true, description = "ACHIEVED / all targets; null without targets", examples = "0.1786")
        BigDecimal achievedShare,

        @Schema(
                nullable = true,
                description = "(ACHIEVED + ON_TRACK) / all targets; null without targets",
                examples = "0.2232")
        BigDecimal onTrackShare,

        @Schema(
                nullable = true,
                description = "Numeric targets with a value for asOf / numeric targets; null without numeric targets",
                examples = "0.3051")
        BigDecimal completeness,

        @Schema(description = "Warnings by code", examples = "{\"STALE\": 3, \"WEAKER_THAN_BASELINE\": 4}")
        Map<String, Integer> warnings) {

    static SummaryDto of(Summary s) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        s.byStatus().forEach((status, n) -> byStatus.put(status.name(), n));
        Map<String, Integer> warnings = new TreeMap<>();
        s.warnings().forEach(w -> warnings.merge(w.warning().code().name(), 1, Integer::sum));
        return new SummaryDto(s.targets(), byStatus, s.achievedShare(), s.onTrackShare(), s.completeness(), warnings);
    }
}
