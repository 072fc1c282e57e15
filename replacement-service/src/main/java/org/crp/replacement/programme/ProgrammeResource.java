package org.crp.replacement.programme;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.web.QueryParams;
import org.crp.common.web.Responses;
import org.crp.replacement.programme.ProgrammeDtos.ProgrammePage;
import org.crp.replacement.programme.ProgrammeDtos.ProgrammeRequest;
import org.crp.replacement.programme.ProgrammeDtos.ProgrammeView;
import org.crp.replacement.programme.ProgrammeDtos.StatusRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/replacement/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.ADMIN })
public class ProgrammeResource {

    private final ProgrammeService service;

    ProgrammeResource(ProgrammeService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Create a programme in DRAFT (program-manager, admin); 400 when the target date is not after the start",
            description = "Roles: program-manager, admin. scope is required: {} for the whole inventory.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class),
                    examples = @ExampleObject(name = "programme", value = ApiExamples.PROGRAMME)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeRequest.class),
                    examples = @ExampleObject(name = "programme-request", value = ApiExamples.PROGRAMME_REQUEST)))
            @Valid @NotNull ProgrammeRequest body, UriInfo uri) {
        ProgrammeView created = service.create(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme with its latest plan's figures; its version is the ETag (program-manager, auditor, admin)",
            description = "Roles: program-manager, auditor, admin.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class),
                    examples = @ExampleObject(name = "programme-planned", value = ApiExamples.PROGRAMME_PLANNED)))
    public Response get(@PathParam("id") UUID id) {
        ProgrammeView programme = service.get(id);
        return Responses.tagged(programme, programme.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Replace a DRAFT programme's name, scope, budget and dates (program-manager, admin); If-Match, 412 when stale, 409 unless DRAFT",
            description = "Roles: program-manager, admin. The whole programme is sent; scope is required: {} for the whole inventory.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class),
                    examples = @ExampleObject(name = "programme", value = ApiExamples.PROGRAMME)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgrammeRequest.class),
                    examples = @ExampleObject(name = "programme-request", value = ApiExamples.PROGRAMME_REQUEST)))
            @Valid @NotNull ProgrammeRequest body) {
        ProgrammeView programme = service.update(id, ifMatch, body);
        return Responses.tagged(programme, programme.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Move a programme DRAFT → PLANNED → ACTIVE → COMPLETED, or PLANNED → DRAFT (program-manager, admin); "
            + "If-Match, 409 when the move is not allowed",
            description = "Roles: program-manager, admin. COMPLETED only when none of its work orders is open: "
                    + "while any is PLANNED, DISPATCHED or IN_PROGRESS the answer is 409 naming how many of each; "
                    + "finish or cancel them first.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeView.class),
                    examples = @ExampleObject(name = "programme-active", value = ApiExamples.PROGRAMME_ACTIVE)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusRequest.class),
                    examples = @ExampleObject(name = "status-request", value = ApiExamples.STATUS_REQUEST)))
            @Valid @NotNull StatusRequest body) {
        ProgrammeView programme = service.changeStatus(id, ifMatch, body);
        return Responses.tagged(programme, programme.version());
    }

    @GET
    @Operation(summary = "Programmes, keyset-paged; filter by status, repeat for OR (program-manager, auditor, admin)",
            description = "Roles: program-manager, auditor, admin.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammePage.class),
                    examples = @ExampleObject(name = "programme-page", value = ApiExamples.PROGRAMME_PAGE)))
    public Page<ProgrammeView> list(@QueryParam("status") List<String> status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(QueryParams.enums("status", status, ProgrammeStatus.class), PageRequest.of(limit, cursor, total));
    }
}
