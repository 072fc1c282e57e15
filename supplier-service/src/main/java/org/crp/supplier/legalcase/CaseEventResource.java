package org.crp.supplier.legalcase;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.crp.supplier.legalcase.LegalCaseDtos.EventRequest;
import org.crp.supplier.legalcase.LegalCaseDtos.EventView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The case timeline: entries are added and read; there is deliberately no PUT or DELETE. */
@Path("/api/supplier/cases/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Case timeline")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class CaseEventResource {

    private final CaseTimeline timeline;

    CaseEventResource(CaseTimeline timeline) {
        this.timeline = timeline;
    }

    @POST
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Add a timeline entry (NOTE, FILING, HEARING, RULING or OFFER); the author is the caller; "
            + "entries cannot be changed or removed (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "201", description = "The timeline entry added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class)))
    public Response add(@PathParam("id") UUID id, @Valid @NotNull EventRequest body, UriInfo uri) {
        EventView created = timeline.add(id, body);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("{eventId}")
    @Operation(summary = "Read one timeline entry (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public EventView get(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId) {
        return timeline.get(id, eventId);
    }

    @GET
    @Operation(summary = "Read a case's timeline in the order it was written (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public Page<EventView> list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return timeline.list(id, PageRequest.of(limit, cursor, total));
    }
}
