package io.planwatch.plan;

import io.planwatch.common.Items;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

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
    @Operation(operationId = "listDomains", summary = "List a plan's domains with their goals",
            description = "All domains of the plan in order, each with its main goals: the plan's outline in one call.")
    @APIResponse(responseCode = "200", description = "The domains, in order")
    public Items<DomainDto> list(@PathParam("plan") String plan) {
        Plan p = service.get(plan);
        var goals = service.goals(p);
        return Items.of(service.domains(p).stream()
                .map(d -> DomainDto.of(d, goals.stream().filter(g -> g.domain.id.equals(d.id)).toList()))
                .toList());
    }

    @GET
    @Path("{order}")
    @Operation(operationId = "getDomain", summary = "Read a domain", description = "One domain of the plan with its main goals.")
    @APIResponse(responseCode = "200", description = "The domain")
    public DomainDto get(@PathParam("plan") String plan, @PathParam("order") int order) {
        Plan p = service.get(plan);
        Domain d = service.domain(p, order);
        return DomainDto.of(d, service.goals(p).stream().filter(g -> g.domain.id.equals(d.id)).toList());
    }

    @POST
    @Operation(operationId = "createDomain", summary = "Add a domain to a plan", description = "Adds a domain at the given order; orders are unique within a plan.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DomainDto.class)))
    public RestResponse<DomainDto> create(@PathParam("plan") String plan, @Valid @NotNull DomainDto body) {
        Domain d = service.createDomain(plan, body);
        return RestResponse.ResponseBuilder.<DomainDto>created(URI.create("/api/v1/plans/" + plan + "/domains/" + d.order)).entity(DomainDto.of(d, List.of())).build();
    }

    @PUT
    @Path("{order}")
    @Operation(operationId = "updateDomain", summary = "Rename a domain", description = "Replaces the domain's name; its order is its address and cannot change.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = DomainDto.class)))
    public DomainDto update(@PathParam("plan") String plan, @PathParam("order") int order, @Valid @NotNull DomainDto body) {
        return DomainDto.of(service.updateDomain(plan, order, body), null);
    }

    @DELETE
    @Path("{order}")
    @Operation(operationId = "deleteDomain", summary = "Delete an empty domain", description = "Deletes a domain with no goals and no targets; otherwise a 409 in-use problem.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("plan") String plan, @PathParam("order") int order) {
        service.deleteDomain(plan, order);
    }

    @GET
    @Path("{order}/goals")
    @Operation(operationId = "listGoals", summary = "List a domain's main goals", description = "The main goals of one domain, by number.")
    @APIResponse(responseCode = "200", description = "The goals")
    public Items<GoalDto> goals(@PathParam("plan") String plan, @PathParam("order") int order) {
        return Items.of(get(plan, order).goals());
    }

    @POST
    @Path("{order}/goals")
    @Operation(operationId = "createGoal", summary = "Add a main goal to a domain", description = "Adds a main goal with its number and text as the plan states it.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = GoalDto.class)))
    public RestResponse<GoalDto> createGoal(@PathParam("plan") String plan, @PathParam("order") int order, @Valid @NotNull GoalDto body) {
        Goal g = service.createGoal(plan, order, body);
        return RestResponse.ResponseBuilder.<GoalDto>created(URI.create("/api/v1/plans/" + plan + "/domains/" + order + "/goals/" + g.number))
                .entity(GoalDto.of(g)).build();
    }

    @PUT
    @Path("{order}/goals/{number}")
    @Operation(operationId = "updateGoal", summary = "Update a main goal's text", description = "Replaces the goal's text; its number cannot change.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = GoalDto.class)))
    public GoalDto updateGoal(@PathParam("plan") String plan, @PathParam("order") int order, @PathParam("number") int number,
                              @Valid @NotNull GoalDto body) {
        return GoalDto.of(service.updateGoal(plan, order, number, body));
    }

    @DELETE
    @Path("{order}/goals/{number}")
    @Operation(operationId = "deleteGoal", summary = "Delete a main goal", description = "Deletes a goal no target refers to; otherwise a 409 in-use problem.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteGoal(@PathParam("plan") String plan, @PathParam("order") int order, @PathParam("number") int number) {
        service.deleteGoal(plan, order, number);
    }
}
