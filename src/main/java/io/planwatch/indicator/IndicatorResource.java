package io.planwatch.indicator;

import io.planwatch.common.ETags;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.vocabulary.Polarity;
import io.planwatch.vocabulary.Unit;
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

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The shared indicator library (监测指标)")
public class IndicatorResource {

    private final IndicatorService service;

    public IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listIndicators",
            summary = "List indicators",
            description =
                    "Indicators ordered by code, filtered by part of the name or a synonym, unit and polarity; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    public Page<IndicatorDto> list(
            @Parameter(description = "Only indicators whose name or a synonym contains this text", example = "死亡率")
                    @QueryParam("name")
                    String name,
            @Parameter(description = "Only indicators in this unit") @QueryParam("unit") Unit unit,
            @Parameter(description = "Only indicators of this polarity") @QueryParam("polarity") Polarity polarity,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(name, unit, polarity, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{code}")
    @Operation(
            operationId = "getIndicator",
            summary = "Read an indicator",
            description = "One indicator of the library; the ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The indicator")
    public RestResponse<IndicatorDto> get(@PathParam("code") String code) {
        Indicator d = service.get(code);
        return RestResponse.ResponseBuilder.ok(IndicatorDto.of(d))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createIndicator",
            summary = "Create an indicator",
            description =
                    "Adds an indicator to the shared library. Observations are validated against its unit range, min/max and dimensions.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = IndicatorDto.class)))
    public RestResponse<IndicatorDto> create(@Valid @NotNull IndicatorDto body) {
        Indicator d = service.create(body);
        return RestResponse.ResponseBuilder.<IndicatorDto>created(URI.create("/api/v1/indicators/" + d.code))
                .entity(IndicatorDto.of(d))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    @PUT
    @Path("{code}")
    @Operation(
            operationId = "updateIndicator",
            summary = "Update an indicator",
            description = "Replaces the definition; the code cannot change. Send If-Match with the ETag you read.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = IndicatorDto.class)))
    public RestResponse<IndicatorDto> update(
            @PathParam("code") String code,
            @Valid @NotNull IndicatorDto body,
            @HeaderParam("If-Match") String ifMatch) {
        Indicator d = service.update(code, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(IndicatorDto.of(d))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    @DELETE
    @Path("{code}")
    @Operation(
            operationId = "deleteIndicator",
            summary = "Delete an indicator",
            description =
                    "Deletes an indicator no target or observation uses; otherwise a 409 in-use problem (never a cascade).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
    }
}
