package io.planwatch.lock;

import io.planwatch.common.Items;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans/{plan}/locks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Development plans (规划)")
public class LockResource {

    private final LockService service;

    public LockResource(LockService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createPlanLock", summary = "Lock a plan's data through a year", description = """
                    Freezes the values the plan's evaluation reads for every year up to throughYear (one of the plan's years, \
                    baseline year to period end): those of the indicators its targets read (indicator and reference indicator), \
                    in the plan's jurisdiction and every one below it. A push row that would create or change such a value is \
                    refused with the row error LOCKED (re-sending the stored value is unchanged, not an error), unless a plan \
                    owner of the plan's jurisdiction (or an administrator) pushes with overrideLocks=true and an overrideReason; \
                    the revision then keeps the reason. Locks are only added, never lifted: a later lock through a later year \
                    widens what is frozen, and a mistaken value in a locked year is corrected by an override with its reason. \
                    Publishing a MIDTERM or FINAL snapshot proposes a lock (its proposedLock) but does not lock by itself.""")
    @APIResponse(
            responseCode = "201",
            description = "Locked",
            content = @Content(schema = @Schema(implementation = LockDto.class)))
    public RestResponse<LockDto> create(@PathParam("plan") String plan, @Valid @NotNull LockDto.Request body) {
        LockDto lock = service.lock(plan, body);
        return RestResponse.ResponseBuilder.<LockDto>created(URI.create("/api/v1/plans/" + plan + "/locks"))
                .entity(lock)
                .build();
    }

    @GET
    @Operation(
            operationId = "listPlanLocks",
            summary = "List a plan's period locks",
            description =
                    "Every lock of the plan, oldest first: through which year, why, who locked it and when. The data is frozen through the latest throughYear.")
    @APIResponse(responseCode = "200", description = "The locks, oldest first")
    public Items<LockDto> list(@PathParam("plan") String plan) {
        return Items.of(service.list(plan));
    }
}
