package io.planwatch.assessment;

import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans/{plan}/targets/{id}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Yearly judgements (自评) of qualitative targets")
public class AssessmentResource {

    private final AssessmentService service;

    public AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Operation(
            operationId = "createAssessment",
            summary = "Record a qualitative target's yearly assessment",
            description =
                    "Records a department's judgement of a QUALITATIVE target for one year (the plan's baseline year to its period end, not in the future) with its evidence. One assessment per target and year (409 already-exists); a numeric target takes none (409 conflict). The evaluation uses the latest assessment at or before its asOf year.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = AssessmentDto.class)))
    public RestResponse<AssessmentDto> create(
            @PathParam("plan") String plan, @PathParam("id") long id, @Valid @NotNull AssessmentDto body) {
        AssessmentDto created = service.create(plan, id, body);
        return RestResponse.ResponseBuilder.<AssessmentDto>created(
                        URI.create("/api/v1/plans/" + plan + "/targets/" + id + "/assessments"))
                .entity(created)
                .build();
    }

    @GET
    @Operation(
            operationId = "listAssessments",
            summary = "List a target's assessments",
            description = "The target's assessments, oldest year first; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    public Page<AssessmentDto> list(
            @PathParam("plan") String plan,
            @PathParam("id") long id,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(plan, id, Paging.limit(limit), cursor);
    }
}
