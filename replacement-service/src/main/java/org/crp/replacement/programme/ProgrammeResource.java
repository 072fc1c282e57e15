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
import org.crp.common.web.Responses;
import org.crp.common.web.QueryParams;
import org.crp.replacement.programme.ProgrammeDtos.ProgrammeRequest;
import org.crp.replacement.programme.ProgrammeDtos.ProgrammeView;
import org.crp.replacement.programme.ProgrammeDtos.StatusRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Create a programme in DRAFT (program-manager, admin); 400 when the target date is not after the start")
    public Response create(@Valid @NotNull ProgrammeRequest body, UriInfo uri) {
        ProgrammeView created = service.create(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme with its latest plan's figures; its version is the ETag (program-manager, auditor, admin)")
    public Response get(@PathParam("id") UUID id) {
        ProgrammeView programme = service.get(id);
        return Responses.tagged(programme, programme.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Replace a DRAFT programme's name, scope, budget and dates (program-manager, admin); If-Match, 412 when stale, 409 unless DRAFT")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProgrammeRequest body) {
        ProgrammeView programme = service.update(id, ifMatch, body);
        return Responses.tagged(programme, programme.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Move a programme DRAFT → PLANNED → ACTIVE → COMPLETED, or PLANNED → DRAFT (program-manager, admin); "
            + "If-Match, 409 when the move is not allowed")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusRequest body) {
        ProgrammeView programme = service.changeStatus(id, ifMatch, body);
        return Responses.tagged(programme, programme.version());
    }

    @GET
    @Operation(summary = "Programmes, keyset-paged; filter by status, repeat for OR (program-manager, auditor, admin)")
    public Page<ProgrammeView> list(@QueryParam("status") List<String> status, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(QueryParams.enums("status", status, ProgrammeStatus.class), PageRequest.of(limit, cursor, total));
    }
}
