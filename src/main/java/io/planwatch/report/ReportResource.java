package io.planwatch.report;

import io.planwatch.evaluation.Years;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/plans/{plan}")
@Tag(
        name = "Reports",
        description = "The monitoring and evaluation reports (监测/评估报告) as a printable page or a workbook")
public class ReportResource {

    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");
    private static final MediaType XLSX = MediaType.valueOf(Workbooks.XLSX);
    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(MediaType.TEXT_HTML_TYPE, XLSX).build();
    private static final String MEDIA =
            " Accept: text/html gives a self-contained printable page in Chinese (no scripts, no external fonts;"
                    + " inline SVG charts): the statuses of all targets with a bar per domain, the targets with warnings first (预警),"
                    + " what each lead department has still to report (缺项), then per domain every target with its 2020 baseline,"
                    + " latest value and year, change from the previous year (percentage points for percentages), target, status and"
                    + " warnings, and a trend chart per numeric indicator (values, projection to the target year, target line)."
                    + " Accept: " + Workbooks.XLSX
                    + " gives the same as a workbook: a summary sheet, the warnings and one sheet per"
                    + " domain, values as numbers in the indicator's number format, coloured status cells, frozen header rows and"
                    + " the plan's clause of each target.";
    static final String HTML_EXAMPLE = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>鹿寨县儿童发展规划（2021—2030年） 2024年度统计监测报告</title>…</head>
            <body><h1>鹿寨县儿童发展规划（2021—2030年）</h1><p class="subtitle">2024年度统计监测报告</p>…
            <h2>一、总体情况</h2><p class="lead">截至2024年，规划112项目标中，已达标20项（17.9%），…</p>…</body></html>""";

    private final ReportService service;
    private final Template report;

    public ReportResource(ReportService service, @Location("report.html") Template report) {
        this.service = service;
        this.report = report;
    }

    @GET
    @Path("report")
    @Produces({"text/html", Workbooks.XLSX})
    @Operation(
            operationId = "getPlanReport",
            summary = "The monitoring report of a plan as of a year (HTML or XLSX)",
            description = "The yearly monitoring report (年度监测报告) of the plan's live evaluation as of asOf." + MEDIA)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING), example = HTML_EXAMPLE),
                @Content(
                        mediaType = Workbooks.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        example = Workbooks.EXAMPLE)
            })
    public Response plan(
            @PathParam("plan") String plan,
            @Parameter(
                            description =
                                    "The year reported on (values after it are ignored); default the latest year with data. Outside the plan's baseline year to period end: 400",
                            schema = @Schema(type = SchemaType.INTEGER),
                            example = "2024")
                    @QueryParam("asOf")
                    String asOf,
            @Context Request request) {
        MediaType type = negotiate(request);
        Report r = service.live(plan, Years.parse("asOf", asOf));
        return answer(r, type);
    }

    @GET
    @Path("snapshots/{id}/report")
    @Produces({"text/html", Workbooks.XLSX})
    @Operation(
            operationId = "getSnapshotReport",
            summary = "The report of a frozen evaluation (HTML or XLSX)",
            description =
                    "The report of a snapshot, from its frozen evaluation and inputs only: a MIDTERM snapshot gives the"
                            + " mid-term evaluation report (中期评估报告), FINAL the final one (终期评估报告), ANNUAL the yearly monitoring"
                            + " report. Data pushed after the snapshot do not change it." + MEDIA)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = {
                @Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING), example = HTML_EXAMPLE),
                @Content(
                        mediaType = Workbooks.XLSX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        example = Workbooks.EXAMPLE)
            })
    public Response snapshot(@PathParam("plan") String plan, @PathParam("id") long id, @Context Request request) {
        MediaType type = negotiate(request);
        return answer(service.snapshot(plan, id), type);
    }

    private static MediaType negotiate(Request request) {
        Variant v = request.selectVariant(VARIANTS);
        return v == null ? MediaType.TEXT_HTML_TYPE : v.getMediaType();
    }

    private Response answer(Report r, MediaType type) {
        if (type.isCompatible(XLSX)) {
            String file = URLEncoder.encode(r.title() + ".xlsx", StandardCharsets.UTF_8)
                    .replace("+", "%20");
            return Response.ok(ReportWorkbook.write(r), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"report.xlsx\"; filename*=UTF-8''" + file)
                    .build();
        }
        return Response.ok(report.data("report", r).render(), HTML).build();
    }
}
