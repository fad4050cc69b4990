package io.planwatch.plan;

import io.planwatch.common.ETags;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.vocabulary.TargetKind;
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

@Path("/api/v1/plans/{plan}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "A plan's measurable targets (目标值)")
public class TargetResource {

    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listTargets",
            summary = "List a plan's targets",
            description =
                    "Targets by id, filtered by domain order, goal number, indicator code and kind; keyset-paged (limit up to 1000 returns a whole plan).")
    @APIResponse(responseCode = "200", description = "A page of targets")
    public Page<TargetDto> list(
            @PathParam("plan") String plan,
            @Parameter(description = "Only targets of the domain with this order", example = "1") @QueryParam("domain")
                    Integer domain,
            @Parameter(
                            description =
                                    "Only targets of the main goal with this number (within the domain, when one is given)",
                            example = "3")
                    @QueryParam("goal")
                    Integer goal,
            @Parameter(description = "Only targets on this indicator code", example = "CH-HEALTH-IMR")
                    @QueryParam("indicator")
                    String indicator,
            @Parameter(description = "Only targets of this kind") @QueryParam("kind") TargetKind kind,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(plan, domain, goal, indicator, kind, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getTarget",
            summary = "Read a target",
            description = "One target; the ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The target")
    public RestResponse<TargetDto> get(@PathParam("plan") String plan, @PathParam("id") long id) {
        Target t = service.get(plan, id);
        return RestResponse.ResponseBuilder.ok(TargetDto.of(t))
                .header("ETag", ETags.of(t.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createTarget",
            summary = "Add a target to a plan",
            description =
                    "Adds a target. Every rule is checked at once (domain, goal, indicator, kind-specific fields, value inside the indicator's range, scope, disaggregation, milestones, departments) and every broken rule is listed in the problem.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TargetDto.class)))
    public RestResponse<TargetDto> create(@PathParam("plan") String plan, @Valid @NotNull TargetDto body) {
        Target t = service.create(plan, body);
        return RestResponse.ResponseBuilder.<TargetDto>created(URI.create("/api/v1/plans/" + plan + "/targets/" + t.id))
                .entity(TargetDto.of(t))
                .header("ETag", ETags.of(t.version))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateTarget",
            summary = "Update a target",
            description =
                    "Replaces the target with the same rules as on creation. Send If-Match with the ETag you read.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = TargetDto.class)))
    public RestResponse<TargetDto> update(
            @PathParam("plan") String plan,
            @PathParam("id") long id,
            @Valid @NotNull TargetDto body,
            @HeaderParam("If-Match") String ifMatch) {
        Target t = service.update(plan, id, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(TargetDto.of(t))
                .header("ETag", ETags.of(t.version))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteTarget", summary = "Delete a target", description = "Deletes the target.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @PathParam("plan") String plan, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(plan, id, ifMatch);
    }
}
