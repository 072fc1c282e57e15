package org.crp.supplier.damages;

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
import org.crp.supplier.damages.DamagesDtos.CostRequest;
import org.crp.supplier.damages.DamagesDtos.CostView;
import org.crp.supplier.damages.DamagesDtos.SnapshotView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A case's damages: investigation costs entered by counsel, and the breakdown recomputed on request. */
@Path("/api/supplier/cases/{id}/damages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Damages")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class DamagesResource {

    static final String COST_REQUEST = """
            {"description": "Forensic teardown of 12 cameras by an accredited lab", "amount": 18500000.00,
             "currency": "KRW", "incurredOn": "2025-02-14"}""";
    static final String COST_VIEW = """
            {"id": "01935ba0-0000-7000-8000-0000000000c1", "caseId": "01935b88-0000-7000-8000-0000000000a1",
             "description": "Forensic teardown of 12 cameras by an accredited lab", "amount": 18500000.00,
             "currency": "KRW", "incurredOn": "2025-02-14", "enteredBy": "legal", "createdAt": "2025-02-20T09:00:00Z"}""";
    static final String SNAPSHOT = """
            {"id": "01935ba1-0000-7000-8000-0000000000d1", "caseId": "01935b88-0000-7000-8000-0000000000a1",
             "computedAt": "2025-03-21T08:00:00Z", "computedBy": "legal", "requestId": "3f2a9c1e-77b0-4a8e-9c55-0d1e2f3a4b5c",
             "breakdown": {"caseId": "01935b88-0000-7000-8000-0000000000a1", "caseNumber": "LC-2025-00001",
               "supplierId": "01935b7e-0000-7000-8000-000000000001",
               "claim": {"amount": 120000000.00, "currency": "KRW"},
               "totals": [{"currency": "KRW", "replacementPlanned": 54000000.00, "replacementCompleted": 32400000.00,
                 "investigation": 18500000.00, "total": 72500000.00, "claimed": 120000000.00}],
               "replacement": [{"currency": "KRW", "orders": 30, "completed": 18, "plannedCost": 54000000.00,
                 "completedCost": 32400000.00}],
               "investigationCosts": [""" + COST_VIEW + "]}}";

    private final DamagesService service;

    DamagesResource(DamagesService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The case's damages as last computed, with when and by whom (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service. 404 until the first recompute. Totals are per "
                    + "currency: planned replacement cost plus investigation costs; the claim is shown beside them.")
    @APIResponse(responseCode = "200", description = "The latest snapshot", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "damages", value = SNAPSHOT)))
    @APIResponse(responseCode = "404", description = "Unknown case, or damages not computed yet")
    public SnapshotView latest(@PathParam("id") UUID id) {
        return service.latest(id);
    }

    @POST
    @Path("recompute")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Recompute the case's damages from replacement-service's costs for the supplier and the "
            + "investigation costs, and store the breakdown as the latest snapshot (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin. replacement-service down: 503 and no snapshot is stored.")
    @APIResponse(responseCode = "200", description = "The new snapshot", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "damages", value = SNAPSHOT)))
    @APIResponse(responseCode = "404", description = "Unknown case")
    @APIResponse(responseCode = "503", description = "replacement-service unavailable; nothing was stored")
    public SnapshotView recompute(@PathParam("id") UUID id) {
        return service.recompute(id);
    }

    @POST
    @Path("costs")
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Enter an investigation cost of the case (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin. amount >= 0 with at most 2 decimals and an ISO 4217 currency "
                    + "(400 otherwise); a CLOSED case takes no more costs (409). Takes effect at the next recompute.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "cost", value = COST_REQUEST)))
    @APIResponse(responseCode = "201", description = "Entered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "cost", value = COST_VIEW)))
    @APIResponse(responseCode = "400", description = "Negative amount, unknown currency or missing field")
    @APIResponse(responseCode = "404", description = "Unknown case")
    @APIResponse(responseCode = "409", description = "The case is CLOSED")
    public Response addCost(@PathParam("id") UUID id, @Valid @NotNull CostRequest body, UriInfo uri) {
        CostView created = service.addCost(id, body);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("costs")
    @Operation(summary = "List the case's investigation costs (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service. Keyset paging with limit and cursor.")
    @APIResponse(responseCode = "200", description = "A page of costs", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + COST_VIEW + "], \"nextCursor\": null}")))
    @APIResponse(responseCode = "404", description = "Unknown case")
    public Page<CostView> costs(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.listCosts(id, PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("costs/{costId}")
    @Operation(summary = "Read an investigation cost of the case (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The cost", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "cost", value = COST_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown case or cost")
    public CostView cost(@PathParam("id") UUID id, @PathParam("costId") UUID costId) {
        return service.cost(id, costId);
    }
}
