package io.planwatch.plan;

import io.planwatch.common.ETags;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.vocabulary.Population;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Development plans (规划)")
public class PlanResource {

    private final PlanService service;

    public PlanResource(PlanService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listPlans",
            summary = "List plans",
            description = "Plans ordered by code, filtered by jurisdiction code, population and status; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    public Page<PlanDto> list(
            @Parameter(description = "Only plans of this jurisdiction code", example = "450223")
                    @QueryParam("jurisdiction")
                    String jurisdiction,
            @Parameter(description = "Only plans for this population") @QueryParam("population") Population population,
            @Parameter(description = "Only plans in this status") @QueryParam("status") PlanStatus status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(jurisdiction, population, status, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{plan}")
    @Operation(
            operationId = "getPlan",
            summary = "Read a plan",
            description = "One plan's metadata; the ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The plan")
    public RestResponse<PlanDto> get(@PathParam("plan") String code) {
        Plan p = service.get(code);
        return RestResponse.ResponseBuilder.ok(PlanDto.of(p))
                .header("ETag", ETags.of(p.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createPlan",
            summary = "Create a plan",
            description =
                    "Creates a plan of an existing jurisdiction; add its domains, goals and targets below it. Status defaults to DRAFT, baselineYear to the year before periodStart.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public RestResponse<PlanDto> create(@Valid @NotNull PlanDto body) {
        Plan p = service.createDraft(body);
        return RestResponse.ResponseBuilder.<PlanDto>created(URI.create("/api/v1/plans/" + p.code))
                .entity(PlanDto.of(p))
                .header("ETag", ETags.of(p.version))
                .build();
    }

    @PUT
    @Path("{plan}")
    @Operation(
            operationId = "updatePlan",
            summary = "Update a plan",
            description =
                    "Replaces the plan's metadata (the code cannot change), e.g. to adopt or archive it. Send If-Match with the ETag you read.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public RestResponse<PlanDto> update(
            @PathParam("plan") String code, @Valid @NotNull PlanDto body, @HeaderParam("If-Match") String ifMatch) {
        Plan p = service.update(code, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(PlanDto.of(p))
                .header("ETag", ETags.of(p.version))
                .build();
    }

    @DELETE
    @Path("{plan}")
    @Operation(
            operationId = "deletePlan",
            summary = "Delete a draft plan",
            description =
                    "Deletes a DRAFT plan with its domains, goals and targets. An ADOPTED or ARCHIVED plan is a 409 in-use problem: archive it instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("plan") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
    }
}
