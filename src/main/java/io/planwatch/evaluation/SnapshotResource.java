package io.planwatch.evaluation;

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

@Path("/api/v1/plans/{plan}/snapshots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Snapshots", description = "Frozen evaluations (annual, mid-term, final) that reproduce byte for byte")
public class SnapshotResource {

    private final SnapshotService service;

    public SnapshotResource(SnapshotService service) {
        this.service = service;
    }

    @POST
    @Operation(
            operationId = "createSnapshot",
            summary = "Freeze a plan's evaluation",
            description =
                    "Evaluates the plan as of asOf (default by kind: MIDTERM the plan's midtermYear, FINAL its periodEnd, ANNUAL the latest year with data; 400 outside the plan's baseline year to period end) and stores the evaluation together with the inputs it read (target definitions, the values up to asOf of every series, the assessments used). Later changes to observations or targets do not change it.")
    @APIResponse(
            responseCode = "201",
            description = "Frozen",
            content = @Content(schema = @Schema(implementation = SnapshotDto.class)))
    public RestResponse<SnapshotDto> create(@PathParam("plan") String plan, @Valid @NotNull SnapshotDto.Request body) {
        SnapshotDto s = service.create(plan, body);
        return RestResponse.ResponseBuilder.<SnapshotDto>created(
                        URI.create("/api/v1/plans/" + plan + "/snapshots/" + s.id()))
                .entity(s)
                .build();
    }

    @GET
    @Operation(
            operationId = "listSnapshots",
            summary = "List a plan's snapshots",
            description =
                    "The plan's snapshots, oldest first, with kind, asOf, when they were made and the SHA-256 of their inputs; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of snapshots")
    public Page<SnapshotDto> list(
            @PathParam("plan") String plan, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return service.list(plan, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getSnapshot",
            summary = "Read a frozen evaluation",
            description =
                    "The evaluation exactly as it was frozen, byte for byte (the shape of evaluatePlan at the time).")
    @APIResponse(
            responseCode = "200",
            description = "The frozen evaluation",
            content = @Content(schema = @Schema(implementation = PlanEvaluationDto.class)))
    public RestResponse<byte[]> get(@PathParam("plan") String plan, @PathParam("id") long id) {
        return RestResponse.ResponseBuilder.ok(service.evaluation(plan, id), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("{id}/inputs")
    @Operation(
            operationId = "getSnapshotInputs",
            summary = "Read the inputs of a frozen evaluation",
            description =
                    "The inputs the frozen evaluation read, byte for byte; their SHA-256 is the snapshot's inputsHash.")
    @APIResponse(
            responseCode = "200",
            description = "The frozen inputs",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .OBJECT)))
    public RestResponse<byte[]> inputs(@PathParam("plan") String plan, @PathParam("id") long id) {
        return RestResponse.ResponseBuilder.ok(service.inputs(plan, id), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
