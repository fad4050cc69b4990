package io.planwatch.plan;

import io.planwatch.common.ETags;
import io.planwatch.common.Items;
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
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans/{plan}/domains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan structure", description = "A plan's domains (领域) and main goals (主要目标)")
public class DomainResource {

    private final PlanService service;

    public DomainResource(PlanService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listDomains",
            summary = "List a plan's domains with their goals",
            description = "All domains of the plan in order, each with its main goals: the plan's outline in one call.")
    @APIResponse(responseCode = "200", description = "The domains, in order")
    public Items<DomainDto> list(@PathParam("plan") String plan) {
        Plan p = service.get(plan);
        var goals = service.goals(p);
        return Items.of(service.domains(p).stream()
                .map(d -> DomainDto.of(
                        d, goals.stream().filter(g -> g.domain.id.equals(d.id)).toList()))
                .toList());
    }

    @GET
    @Path("{order}")
    @Operation(
            operationId = "getDomain",
            summary = "Read a domain",
            description =
                    "One domain of the plan with its main goals; the ETag header carries the domain's version for If-Match.")
    @APIResponse(responseCode = "200", description = "The domain")
    public RestResponse<DomainDto> get(@PathParam("plan") String plan, @PathParam("order") int order) {
        Domain d = service.domain(service.get(plan), order);
        return RestResponse.ResponseBuilder.ok(withGoals(d))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    private DomainDto withGoals(Domain d) {
        return DomainDto.of(
                d,
                service.goals(d.plan).stream()
                        .filter(g -> g.domain.id.equals(d.id))
                        .toList());
    }

    @POST
    @Operation(
            operationId = "createDomain",
            summary = "Add a domain to a plan",
            description = "Adds a domain at the given order; orders are unique within a plan.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DomainDto.class)))
    public RestResponse<DomainDto> create(@PathParam("plan") String plan, @Valid @NotNull DomainDto body) {
        Domain d = service.createDomain(plan, body);
        return RestResponse.ResponseBuilder.<DomainDto>created(
                        URI.create("/api/v1/plans/" + plan + "/domains/" + d.order))
                .entity(DomainDto.of(d, List.of()))
                .build();
    }

    @PUT
    @Path("{order}")
    @Operation(
            operationId = "updateDomain",
            summary = "Rename a domain",
            description =
                    "Replaces the domain's name; its order is its address and cannot change. Send If-Match with the ETag you read.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = DomainDto.class)))
    public RestResponse<DomainDto> update(
            @PathParam("plan") String plan,
            @PathParam("order") int order,
            @Valid @NotNull DomainDto body,
            @HeaderParam("If-Match") String ifMatch) {
        Domain d = service.updateDomain(plan, order, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(DomainDto.of(d, null))
                .header("ETag", ETags.of(d.version))
                .build();
    }

    @DELETE
    @Path("{order}")
    @Operation(
            operationId = "deleteDomain",
            summary = "Delete an empty domain",
            description = "Deletes a domain with no goals and no targets; otherwise a 409 in-use problem.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(
            @PathParam("plan") String plan, @PathParam("order") int order, @HeaderParam("If-Match") String ifMatch) {
        service.deleteDomain(plan, order, ifMatch);
    }

    @GET
    @Path("{order}/goals")
    @Operation(
            operationId = "listGoals",
            summary = "List a domain's main goals",
            description = "The main goals of one domain, by number.")
    @APIResponse(responseCode = "200", description = "The goals")
    public Items<GoalDto> goals(@PathParam("plan") String plan, @PathParam("order") int order) {
        return Items.of(withGoals(service.domain(service.get(plan), order)).goals());
    }

    @GET
    @Path("{order}/goals/{number}")
    @Operation(
            operationId = "getGoal",
            summary = "Read a main goal",
            description = "One main goal with its text; the ETag header carries its version for If-Match.")
    @APIResponse(responseCode = "200", description = "The goal")
    public RestResponse<GoalDto> goal(
            @PathParam("plan") String plan, @PathParam("order") int order, @PathParam("number") int number) {
        Goal g = service.goal(service.domain(service.get(plan), order), number);
        return RestResponse.ResponseBuilder.ok(GoalDto.of(g))
                .header("ETag", ETags.of(g.version))
                .build();
    }

    @POST
    @Path("{order}/goals")
    @Operation(
            operationId = "createGoal",
            summary = "Add a main goal to a domain",
            description = "Adds a main goal with its number and text as the plan states it.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = GoalDto.class)))
    public RestResponse<GoalDto> createGoal(
            @PathParam("plan") String plan, @PathParam("order") int order, @Valid @NotNull GoalDto body) {
        Goal g = service.createGoal(plan, order, body);
        return RestResponse.ResponseBuilder.<GoalDto>created(
                        URI.create("/api/v1/plans/" + plan + "/domains/" + order + "/goals/" + g.number))
                .entity(GoalDto.of(g))
                .build();
    }

    @PUT
    @Path("{order}/goals/{number}")
    @Operation(
            operationId = "updateGoal",
            summary = "Update a main goal's text",
            description = "Replaces the goal's text; its number cannot change. Send If-Match with the ETag you read.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = GoalDto.class)))
    public RestResponse<GoalDto> updateGoal(
            @PathParam("plan") String plan,
            @PathParam("order") int order,
            @PathParam("number") int number,
            @Valid @NotNull GoalDto body,
            @HeaderParam("If-Match") String ifMatch) {
        Goal g = service.updateGoal(plan, order, number, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(GoalDto.of(g))
                .header("ETag", ETags.of(g.version))
                .build();
    }

    @DELETE
    @Path("{order}/goals/{number}")
    @Operation(
            operationId = "deleteGoal",
            summary = "Delete a main goal",
            description = "Deletes a goal no target refers to; otherwise a 409 in-use problem.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteGoal(
            @PathParam("plan") String plan,
            @PathParam("order") int order,
            @PathParam("number") int number,
            @HeaderParam("If-Match") String ifMatch) {
        service.deleteGoal(plan, order, number, ifMatch);
    }
}
