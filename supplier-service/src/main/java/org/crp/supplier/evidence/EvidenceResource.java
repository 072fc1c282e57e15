package org.crp.supplier.evidence;

import java.util.List;
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
import org.crp.common.web.QueryParams;
import org.crp.supplier.evidence.EvidenceDtos.CustodyRequest;
import org.crp.supplier.evidence.EvidenceDtos.CustodyView;
import org.crp.supplier.evidence.EvidenceDtos.EvidenceRequest;
import org.crp.supplier.evidence.EvidenceDtos.EvidenceView;
import org.crp.supplier.evidence.EvidenceDtos.Verification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evidence of a case and its chain of custody; custody entries are only appended, never changed or removed. */
@Path("/api/supplier/cases/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence and custody")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class EvidenceResource {

    private final EvidenceService service;

    EvidenceResource(EvidenceService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Register an evidence item of a case: DEVICE (reference = device id), DOCUMENT (reference = "
            + "SHA-256), INSPECTION_REPORT or NETWORK_LOG (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "201", description = "The evidence item registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "409", description = "The case is CLOSED, which is final")
    @APIResponse(responseCode = "422", description = "DEVICE evidence naming a device inventory does not have")
    @APIResponse(responseCode = "503", description = "Inventory could not be asked about the device; nothing was recorded")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull EvidenceRequest body, UriInfo uri) {
        EvidenceView created = service.create(id, body);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Operation(summary = "List a case's evidence, optionally by kind (repeat for OR) (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public Page<EvidenceView> list(@PathParam("id") UUID id, @QueryParam("kind") List<String> kind,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(id, QueryParams.enums("kind", kind, EvidenceKind.class), PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("{evidenceId}")
    @Operation(summary = "Read an evidence item (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public EvidenceView get(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return service.get(id, evidenceId);
    }

    @POST
    @Path("{evidenceId}/custody")
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Append a custody entry (who = the caller, at = now) chained to the previous one by SHA-256 "
            + "(legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "201", description = "The custody entry appended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustodyView.class)))
    public Response append(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId,
            @Valid @NotNull CustodyRequest body, UriInfo uri) {
        CustodyView created = service.append(id, evidenceId, body);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("{evidenceId}/custody")
    @Operation(summary = "Read an item's chain of custody in the order it was written (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public Page<CustodyView> chain(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.chain(id, evidenceId, PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("{evidenceId}/custody/{entryId}")
    @Operation(summary = "Read one custody entry (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public CustodyView entry(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId,
            @PathParam("entryId") UUID entryId) {
        return service.entry(id, evidenceId, entryId);
    }

    @GET
    @Path("{evidenceId}/custody/verify")
    @Operation(summary = "Recompute the custody hash chain: {intact: true} or the first broken entry's id and position "
            + "(legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service. The chain is also held to the length and "
                    + "newest hash recorded on the item at each append, so missing newest entries are reported too "
                    + "(brokenPosition the first missing one, no brokenEntryId).")
    public Verification verify(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return service.verify(id, evidenceId);
    }
}
