package io.planwatch.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.common.Decimals;
import io.planwatch.indicator.Disaggregation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Observation", description = "A monitoring value (监测数据) as stored")
public record ObservationDto(
        @Schema(examples = "1042") long id,
        @Schema(required = true, examples = "CH-HEALTH-IMR") String indicator,
        @Schema(required = true, examples = "450223") String jurisdiction,

        @Schema(required = true, description = "The year", examples = "2023")
        String period,

        @Schema(description = "Absent for the total", examples = "{\"AREA\": \"RURAL\"}")
        Map<String, String> disaggregation,

        @Schema(required = true, examples = "2.41") BigDecimal value,
        @Schema(required = true, examples = "FINAL") ObservationStatus status,
        @Schema(examples = "450223-WJ") String department,
        @Schema(examples = "wjw-mis") String source,
        @Schema(examples = "妇幼年报") String note,

        @Schema(description = "Number of changes since creation", examples = "0")
        int version,

        @Schema(required = true, examples = "2026-03-01T08:00:00Z")
        Instant updatedAt) {

    static ObservationDto of(Observation o) {
        return new ObservationDto(
                o.id,
                o.indicator.code,
                o.jurisdiction.code,
                Integer.toString(o.period),
                o.disaggregation.isEmpty() ? null : Disaggregation.parse(o.disaggregation),
                Decimals.clean(o.value),
                o.status,
                o.department == null ? null : o.department.code,
                o.source,
                o.note,
                o.version,
                o.updatedAt);
    }
}
