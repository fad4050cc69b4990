package io.planwatch.plandraft;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The drafts read from one text, in the {"items": [...]} envelope every list of the API uses. */
@Schema(name = "PlanDraftList", description = "The drafts read from one text: one per plan it carries")
public record DraftList(
        @Schema(description = "One draft per plan, in the order the text carries them")
        List<DraftDto> items) {}
