package io.planwatch.report;

import io.planwatch.common.ProblemException;
import io.planwatch.evaluation.Years;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments/{code}")
@Tag(
        name = "Reports",
        description = "The monitoring and evaluation reports (监测/评估报告) as a printable page or a workbook")
public class TemplateResource {

    private final TemplateService service;

    public TemplateResource(TemplateService service) {
        this.service = service;
    }

    @GET
    @Path("template")
    @Produces(Workbooks.XLSX)
    @Operation(
            operationId = "getDepartmentTemplate",
            summary = "The department's data template for a plan and year (XLSX)",
            description =
                    "A workbook to fill in and push back (POST /observations with the same content type): for every numeric target the"
                            + " department leads in the plan, one row per indicator × jurisdiction (the plan's, and each township for a target set"
                            + " for each of them) × disaggregation the target needs (both groups of a gap target), with the indicator's name and"
                            + " unit, last year's value for reference and an empty 数值 column validated against the indicator's range. Row 1 is"
                            + " the header the push reads: 指标代码, 指标名称, 单位, 行政区划代码, 行政区划名称, 年份, the dimension columns"
                            + " (性别, 城乡 …), 取值范围, 上年数值, 数值, 状态, 填报单位, 备注. 422 when the department leads no numeric target of the plan.")
    @APIResponse(
            responseCode = "200",
            description = "The template, sheet 填报表 and the sheet 填报说明",
            content =
                    @Content(
                            mediaType = Workbooks.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            example = Workbooks.EXAMPLE))
    public Response template(
            @PathParam("code") String code,
            @Parameter(description = "Code of the plan", required = true, example = "luzhai-children")
                    @QueryParam("plan")
                    String plan,
            @Parameter(
                            description = "The year to report; default last calendar year",
                            schema = @Schema(type = SchemaType.INTEGER),
                            example = "2024")
                    @QueryParam("year")
                    String year) {
        if (plan == null || plan.isBlank()) {
            throw ProblemException.invalid(
                    "plan", io.planwatch.common.FieldErrorCode.REQUIRED, "name the plan: ?plan=luzhai-children");
        }
        Integer y = Years.parse("year", year);
        DepartmentTemplate t =
                service.template(code, plan, y != null ? y : Year.now().getValue() - 1);
        return Response.ok(TemplateWorkbook.write(t), Workbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"template-" + code + "-" + t.year() + ".xlsx\"")
                .build();
    }
}
