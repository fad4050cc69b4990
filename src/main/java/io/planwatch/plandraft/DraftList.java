package io.planwatch.plandraft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PlanDraftList", description = "The drafts read from one text: one per plan it carries")
public record DraftList(List<DraftDto> drafts) {
}
