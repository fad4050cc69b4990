package io.planwatch.department;

import io.planwatch.common.ETags;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
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

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "Member departments (成员单位)")
public class DepartmentResource {

    private final DepartmentService service;

    public DepartmentResource(DepartmentService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listDepartments",
            summary = "List departments",
            description =
                    "Departments ordered by code, filtered by jurisdiction code or part of the name; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of departments")
    public Page<DepartmentDto> list(
            @Parameter(description = "Only departments of this jurisdiction code", example = "450223")
                    @QueryParam("jurisdiction")
                    String jurisdiction,
            @Parameter(description = "Only names containing this text", example = "卫生健康") @QueryParam("name")
                    String name,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(jurisdiction, name, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{code}")
    @Operation(
            operationId = "getDepartment",
            summary = "Read a department",
            description = "One department; the ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The department")
    public RestResponse<DepartmentDto> get(@PathParam("code") String code) {
        Department d = service.get(code);
        return RestResponse.ResponseBuilder.ok(DepartmentDto.of(d))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createDepartment",
            summary = "Create a department",
            description = "Creates a member department of an existing jurisdiction.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DepartmentDto.class)))
    public RestResponse<DepartmentDto> create(@Valid @NotNull DepartmentDto body) {
        Department d = service.create(body);
        return RestResponse.ResponseBuilder.<DepartmentDto>created(URI.create("/api/v1/departments/" + d.code))
                .entity(DepartmentDto.of(d))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    @PUT
    @Path("{code}")
    @Operation(
            operationId = "updateDepartment",
            summary = "Update a department",
            description =
                    "Replaces name and jurisdiction; the code cannot change. Send If-Match with the ETag you read.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = DepartmentDto.class)))
    public RestResponse<DepartmentDto> update(
            @PathParam("code") String code,
            @Valid @NotNull DepartmentDto body,
            @HeaderParam("If-Match") String ifMatch) {
        Department d = service.update(code, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(DepartmentDto.of(d))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    @DELETE
    @Path("{code}")
    @Operation(
            operationId = "deleteDepartment",
            summary = "Delete a department",
            description =
                    "Deletes a department no target, indicator or observation names; otherwise a 409 in-use problem.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        service.delete(code, ifMatch);
    }
}
