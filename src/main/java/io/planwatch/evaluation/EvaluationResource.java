package io.planwatch.evaluation;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plans/{plan}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Computed status, projections and early warnings (预警) of a plan's targets")
@APIResponse(responseCode = "304", description = EvaluationResource.NOT_MODIFIED) // every operation's
public class EvaluationResource {

    /** The status reads answer from a cache while their data is unchanged and carry a strong ETag for If-None-Match. */
    static final String NOT_MODIFIED = "If-None-Match names the current ETag: the data behind the answer is unchanged";

    private static final String AS_OF =
            "The year evaluated (values after it are ignored); default the latest year with a value or an assessment for any of the plan's targets. A year before the plan's baseline year or after its period end is a 400 stating the plan's years";

    private final EvaluationService service;

    public EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @GET
    @Path("evaluation")
    @Operation(
            operationId = "evaluatePlan",
            summary = "Evaluate a plan as of a year",
            description =
                    "Every target's status (NO_DATA, ACHIEVED, NOT_ACHIEVED, ON_TRACK, AT_RISK, REGRESSING, INSUFFICIENT_TREND, NOT_ASSESSED) with the baseline, latest value, OLS projection, progress, Open SDG measure, warnings, the rule that decided and a Chinese explanation; roll-ups per domain and for the plan. The rules are those of docs/evaluation.md.")
    @APIResponse(
            responseCode = "200",
            description = "The evaluation",
            content = @Content(schema = @Schema(implementation = PlanEvaluationDto.class)))
    public RestResponse<byte[]> plan(
            @PathParam("plan") String plan,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.INTEGER), example = "2025")
                    @QueryParam("asOf")
                    String asOf,
            @BeanParam ReadHeaders headers) {
        return service.evaluate(plan, Years.parse("asOf", asOf), headers).response();
    }

    @GET
    @Path("targets/{id}/evaluation")
    @Operation(
            operationId = "evaluateTarget",
            summary = "Evaluate one target as of a year",
            description =
                    "One target's evaluation, as it appears in the plan's evaluation for the same asOf (the default asOf is the plan's).")
    @APIResponse(
            responseCode = "200",
            description = "The target's evaluation",
            content = @Content(schema = @Schema(implementation = TargetEvaluationDto.class)))
    public RestResponse<byte[]> target(
            @PathParam("plan") String plan,
            @PathParam("id") long id,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.INTEGER), example = "2025")
                    @QueryParam("asOf")
                    String asOf,
            @BeanParam ReadHeaders headers) {
        return service.evaluateTarget(plan, id, Years.parse("asOf", asOf), headers)
                .response();
    }

    @GET
    @Path("implementing-plans/evaluation")
    @Operation(
            operationId = "compareImplementingPlans",
            summary = "Compare the plans that implement this one",
            description =
                    "The lower levels' ADOPTED plans (those whose parentPlan is this plan), each with its plan and domain roll-ups as of one common year: what a city or province reads to compare its counties. Without asOf, the latest year any of them has data for.")
    @APIResponse(
            responseCode = "200",
            description = "The implementing plans, by jurisdiction code",
            content = @Content(schema = @Schema(implementation = ImplementingPlansDto.class)))
    public RestResponse<byte[]> implementing(
            @PathParam("plan") String plan,
            @Parameter(
                            description =
                                    "The year every plan is evaluated as of; default the latest year any of them has data for. Outside this plan's baseline year to period end: 400",
                            schema = @Schema(type = SchemaType.INTEGER),
                            example = "2025")
                    @QueryParam("asOf")
                    String asOf,
            @BeanParam ReadHeaders headers) {
        return service.implementing(plan, Years.parse("asOf", asOf), headers).response();
    }

    @GET
    @Path("warnings")
    @Operation(
            operationId = "listPlanWarnings",
            summary = "A plan's early warnings as of a year",
            description =
                    "Every warning (AT_RISK, REGRESSING, NOT_ACHIEVED, VOLATILE, MAINTAIN_BREACH, MILESTONE_MISSED, STALE, SUBUNIT_FAILING, WEAKER_THAN_BASELINE) of every target, in domain and target order, with the numbers behind it.")
    @APIResponse(
            responseCode = "200",
            description = "The warnings",
            content = @Content(schema = @Schema(implementation = WarningListDto.class)))
    public RestResponse<byte[]> warnings(
            @PathParam("plan") String plan,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.INTEGER), example = "2025")
                    @QueryParam("asOf")
                    String asOf,
            @BeanParam ReadHeaders headers) {
        return service.warnings(plan, Years.parse("asOf", asOf), headers).response();
    }

    @GET
    @Path("reporting-status")
    @Operation(
            operationId = "getReportingStatus",
            summary = "Targets still missing a value for a year (缺项)",
            description =
                    "Per lead department, the numeric targets with no value for the year: for a gap target, not both groups; for scope EACH, not every sub-jurisdiction (those missing are named). Qualitative targets are left out.")
    @APIResponse(
            responseCode = "200",
            description = "The reporting status",
            content = @Content(schema = @Schema(implementation = ReportingStatusDto.class)))
    public RestResponse<byte[]> reportingStatus(
            @PathParam("plan") String plan,
            @Parameter(
                            description =
                                    "The reporting year, from the plan's baseline year to its period end (else 400)",
                            required = true,
                            schema = @Schema(type = SchemaType.INTEGER),
                            example = "2024")
                    @QueryParam("year")
                    String year,
            @BeanParam ReadHeaders headers) {
        return service.reportingStatus(plan, Years.require("year", year), headers)
                .response();
    }
}
