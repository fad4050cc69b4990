package io.planwatch.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.common.Decimals;
import io.planwatch.vocabulary.Dimension;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Indicator",
        description = "A monitoring indicator (监测指标), defined once and shared by every plan and jurisdiction")
public record IndicatorDto(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*", message = "must be upper-case letters, digits and '-'")
        @Schema(examples = "CH-HEALTH-IMR")
        String code,

        @NotBlank @Size(max = 200) @Schema(examples = "婴儿死亡率")
        String name,

        @NotNull @Schema(examples = "PER_MILLE") Unit unit,
        @NotNull @Schema(examples = "LOWER_IS_BETTER") Polarity polarity,

        @Schema(description = "Lowest valid value; default the unit's natural minimum", examples = "0")
        BigDecimal minValue,

        @Schema(
                description = "Highest valid value; default the unit's natural maximum (100 for PERCENT)",
                examples = "1000")
        BigDecimal maxValue,

        @Schema(description = "Disaggregation dimensions observations may carry", examples = "[\"SEX\", \"AREA\"]")
        Set<@NotNull Dimension> dimensions,

        @DecimalMin(value = "0", inclusive = false)
        @Schema(
                description = "Relative year-on-year change above which a value is flagged VOLATILE; default 0.2",
                examples = "0.2")
        BigDecimal volatilityThreshold,

        @Size(max = 2000) @Schema(examples = "每千名活产儿中未满1周岁死亡人数")
        String definition,

        @Schema(description = "Code of the department that reports it", examples = "450223-WJ")
        String sourceDepartment,

        @Schema(description = "Other names the plans use for it", examples = "[\"婴儿死亡率（‰）\"]")
        Set<@NotBlank @Size(max = 200) String> synonyms) {

    static IndicatorDto of(Indicator i) {
        return new IndicatorDto(
                i.code,
                i.name,
                i.unit,
                i.polarity,
                Decimals.clean(i.minValue),
                Decimals.clean(i.maxValue),
                Set.copyOf(i.dimensions),
                Decimals.clean(i.volatilityThreshold),
                i.definition,
                i.sourceDepartment == null ? null : i.sourceDepartment.code,
                Set.copyOf(i.synonyms));
    }
}
