package io.planwatch.plandraft;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanDraftAdopted", description = "What adopting a draft created")
public record AdoptionDto(
        @Schema(examples = "12") long draft,

        @Schema(description = "Code of the plan created", examples = "luzhai-children")
        String plan,

        @Schema(examples = "7") int domains,
        @Schema(examples = "73") int goals,
        @Schema(examples = "109") int targets,

        @Schema(description = "Indexes of the draft targets left out by corrections", examples = "[24]")
        List<Integer> skipped,

        @Schema(
                description = "Codes of the indicators created from the draft's proposals",
                examples = "[\"NEW-1A2B3C4D\"]")
        List<String> indicatorsCreated,

        @Schema(
                description =
                        "The notes of the adopted targets, each with its index and line: what the adoption could not say "
                                + "in the plan itself (a range adopted as its lower end, a minimum written per facility)",
                examples =
                        "[\"target 78 (line 760): range 1-2: adopted as AT_LEAST 1 (the lower end); the upper end 2 is not kept\"]")
        List<String> notes,

        @Schema(description = "Who adopted it: the token's subject and department")
        io.planwatch.security.Actor adoptedBy) {}
