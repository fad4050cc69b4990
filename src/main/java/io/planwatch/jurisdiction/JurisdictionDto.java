package io.planwatch.jurisdiction;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.vocabulary.Level;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Jurisdiction", description = "An administrative division (行政区划), addressed by its GB/T 2260 code")
public record JurisdictionDto(
        @NotBlank
        @Pattern(regexp = "\\d{6}|\\d{9}", message = "must be a 6-digit GB/T 2260 code or a 9-digit township code")
        @Schema(description = "6 digits for county and above, 9 for a township", examples = "450223")
        String code,

        @NotBlank @Size(max = 100) @Schema(examples = "鹿寨县") String name,
        @NotNull @Schema(examples = "COUNTY") Level level,

        @Pattern(regexp = "\\d{6}|\\d{9}", message = "must be a 6-digit GB/T 2260 code")
        @Schema(description = "Code of the parent jurisdiction; null for a province", examples = "450200")
        String parent,

        @Schema(readOnly = true, description = "The jurisdictions directly below (only on a single read)")
        List<JurisdictionSummary> children) {

    @Schema(name = "JurisdictionSummary")
    public record JurisdictionSummary(
            @Schema(examples = "450223100") String code,
            @Schema(examples = "鹿寨镇") String name,
            @Schema(examples = "TOWNSHIP") Level level) {}

    static JurisdictionDto of(Jurisdiction j, List<Jurisdiction> children) {
        return new JurisdictionDto(
                j.code,
                j.name,
                j.level,
                j.parent == null ? null : j.parent.code,
                children == null
                        ? null
                        : children.stream()
                                .map(c -> new JurisdictionSummary(c.code, c.name, c.level))
                                .toList());
    }
}
