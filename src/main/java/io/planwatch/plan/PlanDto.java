package io.planwatch.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planwatch.vocabulary.Population;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Plan", description = "A development plan (规划) of one jurisdiction")
public record PlanDto(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
        @Schema(examples = "luzhai-children")
        String code,

        @NotBlank @Size(max = 200) @Schema(examples = "鹿寨县儿童发展规划（2021—2030年）")
        String title,

        @NotBlank @Schema(description = "Code of the plan's jurisdiction", examples = "450223")
        String jurisdiction,

        @NotNull @Schema(examples = "CHILDREN") Population population,

        @NotNull @Min(1990) @Max(2100) @Schema(examples = "2021")
        Integer periodStart,

        @NotNull @Min(1990) @Max(2100) @Schema(examples = "2030")
        Integer periodEnd,

        @Min(1990) @Max(2100) @Schema(description = "Default: the year before periodStart", examples = "2020")
        Integer baselineYear,

        @Min(1990) @Max(2100) @Schema(examples = "2025") Integer midtermYear,
        @Size(max = 200) @Schema(examples = "鹿寨县人民政府") String issuer,
        @Size(max = 100) @Schema(examples = "鹿政发〔2022〕3号") String documentNumber,
        @Schema(examples = "2022-03-01") LocalDate issueDate,

        @Schema(
                description =
                        "DRAFT when created (any other status on create is refused, READ_ONLY): a plan is adopted by a PUT"
                                + " once its targets are in, or by adopting a plan draft",
                examples = "DRAFT")
        PlanStatus status,

        @Schema(description = "Code of the upper level's plan this one implements", examples = "liuzhou-children")
        String parentPlan) {

    static PlanDto of(Plan p) {
        return new PlanDto(
                p.code,
                p.title,
                p.jurisdiction.code,
                p.population,
                p.periodStart,
                p.periodEnd,
                p.baselineYear,
                p.midtermYear,
                p.issuer,
                p.documentNumber,
                p.issueDate,
                p.status,
                p.parentPlan == null ? null : p.parentPlan.code);
    }
}
