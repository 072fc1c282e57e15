package org.crp.supplier.hold;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.crp.common.web.ETags;
import org.crp.common.web.QueryParams;
import org.crp.supplier.docs.Examples;
import org.crp.supplier.hold.HoldDtos.HoldRequest;
import org.crp.supplier.hold.HoldDtos.HoldView;
import org.crp.supplier.hold.HoldDtos.PlacedHolds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Legal holds of a case on its evidence devices. Placing and releasing answer at once; inventory is
 * told through the outbox, and each hold shows whether that has happened (delivery, attempts, lastError).
 */
@Path("/api/supplier/cases/{id}/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal holds")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class HoldResource {

    private final HoldService service;

    HoldResource(HoldService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Place the case's hold on DEVICE evidence, named by deviceIds or evidenceIds; each hold starts "
            + "ACTIVE with delivery PENDING until inventory has it (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin. 422 names every device that is not DEVICE evidence of the case; "
                    + "409 when the case already holds one of them or is CLOSED.")
    @APIResponse(responseCode = "201", description = "The holds placed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "placed",
                    value = "{\"items\": [" + Examples.HOLD + "]}")))
    public Response place(@PathParam("id") UUID id, @Valid @NotNull HoldRequest body, UriInfo uri) {
        PlacedHolds placed = service.place(id, body);
        return Response.created(uri.getAbsolutePath()).entity(placed).build();
    }

    @GET
    @Operation(summary = "List the case's holds with their delivery to inventory, filtered by status (ACTIVE, RELEASED) "
            + "and delivery (PENDING, DELIVERED, FAILED) (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "A page of holds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{\"items\": [" + Examples.HOLD + "], \"nextCursor\": null}")))
    public Page<HoldView> list(@PathParam("id") UUID id, @QueryParam("status") List<String> status,
            @QueryParam("delivery") List<String> delivery, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(id, QueryParams.enums("status", status, HoldStatus.class),
                QueryParams.enums("delivery", delivery, HoldDelivery.class), PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("{holdId}")
    @Operation(summary = "Read one hold; its version is the ETag (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The hold",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "hold", value = Examples.HOLD)))
    public Response get(@PathParam("id") UUID id, @PathParam("holdId") UUID holdId) {
        HoldView hold = service.get(id, holdId);
        return Response.ok(hold).tag(ETags.of(hold.version())).build();
    }

    @DELETE
    @Path("{holdId}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Release a hold: it becomes RELEASED with delivery PENDING until inventory has released it; "
            + "409 when already released; If-Match honoured (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "200", description = "The released hold",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "released",
                    value = Examples.RELEASED_HOLD)))
    public Response release(@PathParam("id") UUID id, @PathParam("holdId") UUID holdId,
            @HeaderParam("If-Match") String ifMatch) {
        HoldView released = service.release(id, holdId, ifMatch);
        return Response.ok(released).tag(ETags.of(released.version())).build();
    }

    @POST
    @Path("{holdId}/release")
    @Consumes(MediaType.WILDCARD) // takes no body, so any (or no) content type will do
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Release a hold, for clients that cannot send DELETE; same as DELETE on the hold "
            + "(legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "200", description = "The released hold",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "released",
                    value = Examples.RELEASED_HOLD)))
    public Response releaseByPost(@PathParam("id") UUID id, @PathParam("holdId") UUID holdId,
            @HeaderParam("If-Match") String ifMatch) {
        return release(id, holdId, ifMatch);
    }
}
