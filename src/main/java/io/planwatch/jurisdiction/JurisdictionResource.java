package io.planwatch.jurisdiction;

import io.planwatch.common.ETags;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.vocabulary.Level;
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

@Path("/api/v1/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Jurisdictions", description = "Administrative divisions (行政区划)")
public class JurisdictionResource {

    private final JurisdictionService service;

    public JurisdictionResource(JurisdictionService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listJurisdictions",
            summary = "List jurisdictions",
            description =
                    "Jurisdictions ordered by code, filtered by level, parent code or part of the name; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of jurisdictions")
    public Page<JurisdictionDto> list(
            @Parameter(description = "Only jurisdictions of this level") @QueryParam("level") Level level,
            @Parameter(description = "Only the direct children of this jurisdiction code", example = "450223")
                    @QueryParam("parent")
                    String parent,
            @Parameter(description = "Only names containing this text", example = "鹿寨") @QueryParam("name") String name,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(level, parent, name, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{code}")
    @Operation(
            operationId = "getJurisdiction",
            summary = "Read a jurisdiction",
            description =
                    "One jurisdiction with the jurisdictions directly below it. The ETag header carries its version for If-Match.")
    @APIResponse(responseCode = "200", description = "The jurisdiction and its children")
    public RestResponse<JurisdictionDto> get(@PathParam("code") String code) {
        Jurisdiction j = service.get(code);
        return RestResponse.ResponseBuilder.ok(JurisdictionDto.of(j, service.children(j)))
                .header("ETag", ETags.of(j.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createJurisdiction",
            summary = "Create a jurisdiction",
            description =
                    "Creates a jurisdiction below an existing parent one level up (a PROVINCE has none). 9-digit codes are townships.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = JurisdictionDto.class)))
    public RestResponse<JurisdictionDto> create(@Valid @NotNull JurisdictionDto body) {
        Jurisdiction j = service.create(body);
        return RestResponse.ResponseBuilder.<JurisdictionDto>created(URI.create("/api/v1/jurisdictions/" + j.code))
                .entity(JurisdictionDto.of(j, null))
                .header("ETag", ETags.of(j.version))
                .build();
    }

    @PUT
    @Path("{code}")
    @Operation(
            operationId = "updateJurisdiction",
            summary = "Update a jurisdiction",
            description =
                    "Replaces name, level and parent; the code cannot change. Send If-Match with the ETag you read to avoid overwriting another edit.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = JurisdictionDto.class)))
    public RestResponse<JurisdictionDto> update(
            @PathParam("code") String code,
            @Valid @NotNull JurisdictionDto body,
            @HeaderParam("If-Match") String ifMatch) {
        Jurisdiction j = service.update(code, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(JurisdictionDto.of(j, null))
                .header("ETag", ETags.of(j.version))
                .build();
    }

    @DELETE
    @Path("{code}")
    @Operation(
            operationId = "deleteJurisdiction",
            summary = "Delete a jurisdiction",
            description =
                    "Deletes a jurisdiction nothing refers to; one with children, departments, plans or observations is a 409 in-use problem.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
    }
}
