package io.planwatch.plandraft;

import io.planwatch.plan.PlanStatus;
import io.planwatch.vocabulary.Population;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to turn a draft into a plan: its code and jurisdiction, metadata the text lacks, and per-target corrections. */
@Schema(
        name = "PlanDraftAdoption",
        description =
                "Adopts a draft as a plan; fields other than plan and jurisdiction override or complete what the text says")
public record AdoptionRequest(
        @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and '-'")
        @Schema(required = true, description = "Code of the plan to create", examples = "luzhai-children")
        String plan,

        @NotBlank @Schema(required = true, description = "Code of the plan's jurisdiction", examples = "450223")
        String jurisdiction,

        @Size(max = 200) @Schema(description = "Default: the title the text states", examples = "鹿寨县儿童发展规划（2021—2030年）")
        String title,

        @Schema(description = "Default: read from the title", examples = "CHILDREN")
        Population population,

        @Min(1990) @Max(2100) @Schema(description = "Default: read from the title", examples = "2021")
        Integer periodStart,

        @Min(1990) @Max(2100) @Schema(description = "Default: read from the title", examples = "2030")
        Integer periodEnd,

        @Min(1990) @Max(2100) @Schema(description = "Default: the year before periodStart", examples = "2020")
        Integer baselineYear,

        @Min(1990)
        @Max(2100)
        @Schema(description = "Default: the middle of the period (2025 for 2021–2030)", examples = "2025")
        Integer midtermYear,

        @Size(max = 200)
        @Schema(
                description = "Default: the issuer the notice names (a plan text without its notice names none)",
                examples = "鹿寨县人民政府")
        String issuer,

        @Size(max = 100)
        @Schema(description = "Default: the document number the notice states", examples = "鹿政发〔2022〕5号")
        String documentNumber,

        @Schema(description = "Default: the issue date the notice states", examples = "2022-03-15")
        LocalDate issueDate,

        @Schema(description = "Default DRAFT", examples = "ADOPTED")
        PlanStatus status,

        @Schema(description = "Code of the upper level's plan this one implements", examples = "liuzhou-children")
        String parentPlan,

        @Schema(description = "Lead department of every target no correction gives one", examples = "450223-WJ")
        String leadDepartment,

        @Schema(description = "Per-target overrides, by the draft target's index")
        List<@NotNull @Valid TargetCorrection> corrections) {}
