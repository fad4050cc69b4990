package io.planwatch.observation;

import io.planwatch.common.FieldErrorCode;
import io.planwatch.common.Items;
import io.planwatch.common.Messages;
import io.planwatch.common.Page;
import io.planwatch.common.Paging;
import io.planwatch.common.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Observations", description = "Monitoring data (监测数据): batch push, queries and revision history")
public class ObservationResource {

    private final PushService pushes;
    private final PushReader reader;
    private final ObservationService service;

    public ObservationResource(PushService pushes, PushReader reader, ObservationService service) {
        this.pushes = pushes;
        this.reader = reader;
        this.service = service;
    }

    /**
     * One operation in the contract with two bodies, as DHIS2's dataValueSets: the JSON batch of other systems
     * and the CSV or workbook a clerk exports from a spreadsheet. SmallRye merges the three methods into the JSON one's
     * operation (pushObservations); the others' ids are their own, mapped to it for access and rate limits by
     * {@link io.planwatch.security.AccessRules#contractOperation}. All carry the same description.
     */
    private static final String PUSH = """
            Creates or updates one value per (indicator, jurisdiction, period, disaggregation). Each row is checked \
            (known indicator and jurisdiction, period a year from 1990 to this year, value a number inside the indicator's \
            range, dimensions the indicator accepts, status PROVISIONAL or FINAL); valid rows are applied and invalid ones \
            reported by index, field, code and message. With atomic=true any invalid row rejects the whole batch (422, \
            nothing written); with dryRun=true nothing is written but the answer is the one the push would get now. Pushing the same rows again \
            reports them unchanged and writes nothing; a push never deletes rows it omits; a FINAL value is only replaced by \
            another FINAL one. A value of a year a plan's period lock freezes (POST /plans/{plan}/locks) is not created or \
            changed: its row is refused with LOCKED, unless a plan owner of that plan's jurisdiction (or an administrator) \
            pushes with overrideLocks=true and an overrideReason, which the revisions keep. Every create or change appends a revision. A repeated Idempotency-Key returns the first \
            answer (header Idempotent-Replayed: true) without applying the batch again.

            The body is application/json (source, department and the rows) or text/csv, a spreadsheet export. A CSV's \
            first line names the columns: indicator, jurisdiction, period, value, and optionally status, department, note \
            and one column per dimension (SEX, AREA, AGE_GROUP, ETHNICITY, DISABILITY; an empty cell means not \
            disaggregated by it); the Chinese names 指标, 行政区划, 年份, 数值, 状态, 填报单位, 备注, 性别, 城乡, 年龄组, \
            民族, 残疾 are read too. The pushing system is then the source query parameter, the default department the \
            department one. It is UTF-8, with or without a byte-order mark; a file saved by Excel on Chinese Windows is sent \
            with charset=GB18030. Every error of a CSV row also names the line of the file it is on; a header naming an \
            unknown, repeated or missing column refuses the whole file (400), since it would misplace every row.

            A workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, .xlsx) is read like a CSV: \
            the first sheet, or the one named by the sheet parameter, its first row the header (the department template's \
            reference columns 指标名称, 单位, 行政区划名称, 上年数值, 取值范围 are skipped); every error also names the sheet \
            and cell. A body that is no .xlsx (an .xls, a password-protected workbook, anything else), a formula without a \
            saved result, a date where a year or value belongs, merged cells in the rows, or a cell over 1,000 characters \
            is refused with a malformed-xlsx problem (400) naming the cell; reading stops at the row limit (413).""";

    @POST
    @Operation(
            operationId = "pushObservations",
            summary = "Push a batch of observations (JSON, CSV or XLSX)",
            description = PUSH)
    @APIResponse(responseCode = "200", description = "The import summary")
    public RestResponse<ImportSummary> push(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = PushRequest.class)))
                    InputStream body,
            @Parameter(description = "Validate and count, write nothing") @QueryParam("dryRun") @DefaultValue("false")
                    boolean dryRun,
            @Parameter(description = "Apply all rows or none") @QueryParam("atomic") @DefaultValue("false")
                    boolean atomic,
            @Parameter(description = "A key of up to 128 characters that makes a retried push safe")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Parameter(
                            description =
                                    "Change values that period locks freeze: a plan owner of the locking plan's jurisdiction or an administrator (any other role: 403); needs overrideReason")
                    @QueryParam("overrideLocks")
                    @DefaultValue("false")
                    boolean overrideLocks,
            @Parameter(
                            description =
                                    "Why the locked values change, 1–500 characters; every revision the override lets through keeps it",
                            example = "终期评估前更正2024年统计年鉴数")
                    @QueryParam("overrideReason")
                    String overrideReason)
            throws IOException {
        return answer(pushes.push(
                reader.read(body), new PushOptions(dryRun, atomic, idempotencyKey, overrideLocks, overrideReason)));
    }

    @POST
    @Consumes("text/csv")
    @Operation(
            operationId = "pushObservationsCsv",
            summary = "Push a batch of observations (JSON, CSV or XLSX)",
            description = PUSH)
    @APIResponse(responseCode = "200", description = "The import summary")
    public RestResponse<ImportSummary> pushCsv(
            @RequestBody(
                            description = "CSV with a header line",
                            required = true,
                            content = @Content(mediaType = "text/csv", example = CSV_EXAMPLE))
                    byte[] body,
            @Parameter(description = "CSV only (a JSON body names it inside): the pushing system", example = "wjw-mis")
                    @QueryParam("source")
                    String source,
            @Parameter(
                            description = "CSV only: the default reporting department for rows that name none",
                            example = "450223-WJ")
                    @QueryParam("department")
                    String department,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("Content-Type") MediaType contentType,
            @QueryParam("overrideLocks") @DefaultValue("false") boolean overrideLocks,
            @QueryParam("overrideReason") String overrideReason) {
        return answer(pushes.pushCsv(
                source,
                department,
                body == null ? new byte[0] : body,
                charset(contentType),
                new PushOptions(dryRun, atomic, idempotencyKey, overrideLocks, overrideReason)));
    }

    @POST
    @Consumes(XLSX)
    @Operation(
            operationId = "pushObservationsXlsx",
            summary = "Push a batch of observations (JSON, CSV or XLSX)",
            description = PUSH)
    @APIResponse(responseCode = "200", description = "The import summary")
    public RestResponse<ImportSummary> pushXlsx(
            @RequestBody(
                            description =
                                    "A workbook: the department template (GET /departments/{code}/template) filled in",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = XLSX,
                                            schema =
                                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                                            type =
                                                                    org.eclipse.microprofile.openapi.annotations.enums
                                                                            .SchemaType.STRING,
                                                            format = "binary")))
                    byte[] body,
            @QueryParam("source") String source,
            @QueryParam("department") String department,
            @Parameter(description = "Workbook only: the sheet to read; default the first", example = "填报表")
                    @QueryParam("sheet")
                    String sheet,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @QueryParam("overrideLocks") @DefaultValue("false") boolean overrideLocks,
            @QueryParam("overrideReason") String overrideReason) {
        return answer(pushes.pushXlsx(
                source,
                department,
                body == null ? new byte[0] : body,
                sheet == null || sheet.isBlank() ? null : sheet,
                new PushOptions(dryRun, atomic, idempotencyKey, overrideLocks, overrideReason)));
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static RestResponse<ImportSummary> answer(PushService.PushResult result) {
        return RestResponse.ResponseBuilder.ok(result.summary())
                .header("Idempotent-Replayed", result.replayed() ? "true" : null)
                .build();
    }

    static final String CSV_EXAMPLE = """
            indicator,jurisdiction,period,AREA,value,status,note
            CH-HEALTH-IMR,450223,2023,,2.2,FINAL,妇幼卫生年报
            CH-HEALTH-IMR,450223,2023,RURAL,2.41,FINAL,
            CH-HEALTH-IMMUN,450223,2023,,102,FINAL,
            """;

    private static Charset charset(MediaType contentType) {
        String name = contentType == null ? null : contentType.getParameters().get("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(
                    "charset", FieldErrorCode.UNKNOWN_VALUE, Messages.text("push.charsetUnknown", name));
        }
    }

    @GET
    @Operation(
            operationId = "listObservations",
            summary = "Query observations",
            description =
                    "Observations by id, filtered by indicator code, jurisdiction code, period range (from/to inclusive), disaggregation ('total' or SEX=F,AREA=RURAL) and status; keyset-paged.")
    @APIResponse(responseCode = "200", description = "A page of observations")
    public Page<ObservationDto> list(
            @Parameter(description = "Only this indicator code", example = "CH-HEALTH-IMR") @QueryParam("indicator")
                    String indicator,
            @Parameter(description = "Only this jurisdiction code", example = "450223") @QueryParam("jurisdiction")
                    String jurisdiction,
            @Parameter(description = "Only periods from this year on (inclusive)", example = "2020") @QueryParam("from")
                    Integer from,
            @Parameter(description = "Only periods up to this year (inclusive)", example = "2025") @QueryParam("to")
                    Integer to,
            @Parameter(description = "'total', or DIMENSION=CODE pairs separated by commas", example = "SEX=F")
                    @QueryParam("disaggregation")
                    String disaggregation,
            @Parameter(description = "Only values of this status") @QueryParam("status") ObservationStatus status,
            @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.list(indicator, jurisdiction, from, to, disaggregation, status, Paging.limit(limit), cursor);
    }

    @GET
    @Path("{id}/revisions")
    @Operation(
            operationId = "listObservationRevisions",
            summary = "An observation's revision history",
            description =
                    "Every create and change of the observation, oldest first: old and new value and status, the push, the source, who and when, and the reason of a change that overrode a period lock.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first")
    public Items<RevisionDto> revisions(@PathParam("id") long id) {
        return Items.of(service.revisions(id));
    }
}
