package org.crp.supplier.deadline;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.web.Responses;
import org.crp.common.web.QueryParams;
import org.crp.supplier.deadline.DeadlineDtos.DeadlineRequest;
import org.crp.supplier.deadline.DeadlineDtos.DeadlineView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supplier/cases/{id}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case deadlines")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class DeadlineResource {

    private final DeadlineService service;

    DeadlineResource(DeadlineService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Add a deadline to a case; it starts OPEN and may not be due before the case opened "
            + "(legal-counsel, admin)",
            description = "Roles: legal-counsel, admin. A deadline already past is taken, for the record of a case entered "
                    + "late; the deadline job marks it MISSED on its next run.")
    @APIResponse(responseCode = "201", description = "The deadline added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView.class)))
    @APIResponse(responseCode = "409", description = "The case is CLOSED, which is final")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull DeadlineRequest body, UriInfo uri) {
        DeadlineView created = service.create(id, body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(summary = "List a case's deadlines, optionally by status (repeat for OR) (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public Page<DeadlineView> list(@PathParam("id") UUID id, @QueryParam("status") List<String> status,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(id, QueryParams.enums("status", status, DeadlineStatus.class), PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("{deadlineId}")
    @Operation(summary = "Read one deadline of a case; its version is the ETag (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView.class)))
    public Response get(@PathParam("id") UUID id, @PathParam("deadlineId") UUID deadlineId) {
        DeadlineView found = service.get(id, deadlineId);
        return Responses.tagged(found, found.version());
    }

    @POST
    @Path("{deadlineId}/met")
    @Consumes(MediaType.WILDCARD) // takes no body, so any (or no) content type will do
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Mark an OPEN deadline MET; 409 when it is already MET, MISSED or VACATED or its case is CLOSED; "
            + "If-Match honoured (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin. A deadline due before today (UTC) can no longer be met: it is marked "
                    + "MISSED, as the deadline job would mark it, and the answer is a 409 saying so.")
    @APIResponse(responseCode = "409", description = "Not OPEN, its case CLOSED, or due before today (now MISSED)")
    @APIResponse(responseCode = "200", description = "The deadline, now MET",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView.class)))
    public Response markMet(@PathParam("id") UUID id, @PathParam("deadlineId") UUID deadlineId,
            @HeaderParam("If-Match") String ifMatch) {
        DeadlineView met = service.markMet(id, deadlineId, ifMatch);
        return Responses.tagged(met, met.version());
    }
}
