package io.planwatch.observation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A batch of observations pushed by a reporting system. Rows stay JSON trees until {@link RowValidator} reads them
 * one by one, so that one bad cell (a wrong type, an extra column) is reported against its row instead of failing
 * the whole batch; {@link Row} documents their shape in the contract.
 */
@Schema(name = "ObservationPush", description = "A batch of observations from one source system")
public record PushRequest(
        @Schema(
                required = true,
                description = "The pushing system; recorded on every value and revision",
                examples = "wjw-mis")
        String source,

        @Schema(description = "Default reporting department for rows that name none", examples = "450223-WJ")
        String department,

        @Schema(
                required = true,
                type = SchemaType.ARRAY,
                implementation = Row.class,
                description = "The rows; at most planwatch.observations.max-batch-rows (default 10,000)")
        List<JsonNode> observations) {

    @Schema(
            name = "ObservationRow",
            description = "One value for (indicator, jurisdiction, period, disaggregation); no other fields")
    public record Row(
            @Schema(required = true, examples = "CH-HEALTH-IMR")
            String indicator,

            @Schema(
                    required = true,
                    description = "GB/T 2260 code (a JSON integer is accepted too)",
                    examples = "450223")
            String jurisdiction,

            @Schema(
                    required = true,
                    implementation = String.class,
                    description = "The year, e.g. \"2023\" (a JSON number is accepted too)",
                    examples = "2023")
            JsonNode period,

            @Schema(description = "Dimension → code; absent for the total", examples = "{\"AREA\": \"RURAL\"}")
            Map<String, String> disaggregation,

            @Schema(
                    required = true,
                    implementation = java.math.BigDecimal.class,
                    description = "In the indicator's unit",
                    examples = "2.41")
            JsonNode value,

            @Schema(
                    description = "PROVISIONAL (default) or FINAL",
                    examples = "FINAL",
                    enumeration = {"PROVISIONAL", "FINAL"})
            String status,

            @Schema(description = "Reporting department; default the batch's", examples = "450223-WJ")
            String department,

            @Schema(description = "Free text up to 500 characters", examples = "妇幼卫生年报")
            String note) {}
}
