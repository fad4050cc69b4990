package io.planwatch.observation;

import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/observation-pushes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Monitoring data (监测数据): batch push, queries and revision history")
public class PushResource {

    private final ObservationService service;

    public PushResource(ObservationService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listObservationPushes",
            summary = "List recorded pushes",
            description =
                    "Every push that was applied, newest first (dry runs and atomic pushes refused with 422 write nothing, so they are not recorded), optionally of one source system: the import log a statistics bureau reconciles against.")
    @APIResponse(responseCode = "200", description = "A page of pushes, without their row errors")
    public Page<PushRecordDto> list(
            @Parameter(description = "Only pushes of this source system", example = "wjw-mis") @QueryParam("source")
                    String source,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.pushes(source, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getObservationPush",
            summary = "Read a recorded push",
            description =
                    "One push with its counts and every rejected row as it was answered: the push id an import summary names.")
    @APIResponse(responseCode = "200", description = "The push")
    public PushRecordDto get(@PathParam("id") long id) {
        return service.pushRecord(id);
    }
}
