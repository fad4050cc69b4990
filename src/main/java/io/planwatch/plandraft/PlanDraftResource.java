package io.planwatch.plandraft;

import io.planwatch.common.ProblemException;
import io.planwatch.common.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/plan-drafts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan drafts", description = "Reading plan texts into plans: parse, review, adopt")
public class PlanDraftResource {

    private final PlanDraftService service;
    private final DraftAdopter adopter;
    private final long maxBytes;

    public PlanDraftResource(
            PlanDraftService service,
            DraftAdopter adopter,
            @ConfigProperty(name = "planwatch.plan-drafts.max-bytes", defaultValue = "1M") MemorySize maxBytes) {
        this.service = service;
        this.adopter = adopter;
        this.maxBytes = maxBytes.asLongValue();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(
            operationId = "createPlanDrafts",
            summary = "Read a plan text into drafts",
            description =
                    "Parses the plain text of a plan (UTF-8 unless the charset says otherwise) into one draft per plan it carries: "
                            + "metadata, domains with their main goals, and every target with kind, value, unit, target year, scope, source clause "
                            + "and line, and the library indicator it matches (EXACT or SYNONYM) or the new one it proposes (PROPOSED). "
                            + "Review a draft, then adopt it. A text with no domains or no targets is a 422; a body over "
                            + "planwatch.plan-drafts.max-bytes (default 1 MiB) is a 413.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.TEXT_PLAIN,
                            schema = @Schema(type = SchemaType.STRING),
                            example = "鹿寨县儿童发展规划（2021—2030年）\n…\n（一）儿童与健康。\n主要目标：\n1.覆盖城乡的儿童健康服务体系更加完善。\n"
                                    + "2.新生儿、婴儿和5岁以下儿童死亡率分别降至3.0‰、5.0‰和6.0‰以下。\n…"))
    @APIResponse(
            responseCode = "201",
            description = "The drafts, stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DraftList.class)))
    @APIResponse(responseCode = "413", ref = "#/components/responses/Problem413")
    @APIResponse(responseCode = "422", ref = "#/components/responses/Problem422")
    public RestResponse<DraftList> create(InputStream body, HttpHeaders headers) {
        String text = decode(readLimited(body, headers), headers.getMediaType());
        DraftList drafts = new DraftList(service.create(text));
        return RestResponse.ResponseBuilder.<DraftList>create(RestResponse.Status.CREATED)
                .entity(drafts)
                .build();
    }

    /** Not in the contract: answers any other media type with a problem that says what to send. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public void wrongMediaType(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        throw new ProblemException(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "send the plan as text/plain; charset=UTF-8" + (type == null ? "" : ", not " + type));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getPlanDraft",
            summary = "Read a plan draft",
            description =
                    "One stored draft as the text was read, with adoptedPlan once it has been adopted. Each target gives the "
                            + "sentence it was read from (sourceText, line), the span of the words that decided it and the parsing rules that did; "
                            + "unreadClauses lists every clause with a number that made no target, so a clerk sees what to add or dismiss.")
    @APIResponse(responseCode = "200", description = "The draft")
    public DraftDto get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("{id}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "adoptPlanDraft",
            summary = "Adopt a plan draft as a plan",
            description =
                    "Creates, in one transaction, the indicators the draft proposes, the plan (code and jurisdiction from the request, "
                            + "the rest from the text unless given), its domains, main goals and targets, applying every target rule. Corrections "
                            + "override a target's fields by its index, or skip it. Any invalid target fails the adoption with a 422 listing each "
                            + "target's index and field; nothing is written. A draft adopts once: a second adoption is a 409.")
    @APIResponse(
            responseCode = "201",
            description = "Adopted; Location names the plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AdoptionDto.class)))
    @APIResponse(responseCode = "422", ref = "#/components/responses/Problem422")
    public RestResponse<AdoptionDto> adopt(@PathParam("id") long id, @Valid @NotNull AdoptionRequest body) {
        AdoptionDto adopted = adopter.adopt(id, body);
        return RestResponse.ResponseBuilder.<AdoptionDto>created(URI.create("/api/v1/plans/" + adopted.plan()))
                .entity(adopted)
                .build();
    }

    private byte[] readLimited(InputStream body, HttpHeaders headers) {
        if (headers.getLength() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE, "a plan text may have at most " + maxBytes + " bytes");
    }

    private static String decode(byte[] bytes, MediaType type) {
        String name = type == null ? null : type.getParameters().get("charset");
        try {
            Charset charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "unknown charset '" + name + "'; send UTF-8");
        } catch (CharacterCodingException e) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "the text is not valid " + (name == null ? "UTF-8" : name)
                            + "; send the plan as text/plain; charset=UTF-8");
        }
    }
}
