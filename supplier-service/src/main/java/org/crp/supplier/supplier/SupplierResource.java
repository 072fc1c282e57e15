package org.crp.supplier.supplier;

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
import org.crp.common.validation.CountryCode;
import org.crp.common.web.Responses;
import org.crp.common.web.QueryParams;
import org.crp.supplier.supplier.SupplierDtos.StatusChange;
import org.crp.supplier.supplier.SupplierDtos.SupplierRequest;
import org.crp.supplier.supplier.SupplierDtos.SupplierView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supplier/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class SupplierResource {

    private final SupplierService service;

    SupplierResource(SupplierService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Register a supplier; it starts ACTIVE (legal-counsel, program-manager, admin)",
            description = "Roles: legal-counsel, program-manager, admin.")
    @APIResponse(responseCode = "201", description = "The supplier registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    public Response create(@Valid @NotNull SupplierRequest body, UriInfo uri) {
        SupplierView created = service.create(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a supplier; its version is the ETag (program-manager, security-officer, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, security-officer, legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The supplier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    public Response get(@PathParam("id") UUID id) {
        SupplierView supplier = service.get(id);
        return Responses.tagged(supplier, supplier.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Change a supplier's standing with a reason: ACTIVE -> UNDER_INVESTIGATION -> SUSPENDED -> DEBARRED, "
            + "back to ACTIVE from UNDER_INVESTIGATION or SUSPENDED, DEBARRED is final; 409 names the allowed steps; "
            + "send If-Match with the version you read (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "200", description = "The supplier in its new standing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierView.class)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChange body) {
        SupplierView supplier = service.changeStatus(id, body, ifMatch);
        return Responses.tagged(supplier, supplier.version());
    }

    @GET
    @Operation(summary = "List suppliers, filtered by status and country (repeat a parameter for OR) "
            + "(program-manager, security-officer, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, security-officer, legal-counsel, auditor, admin, service.")
    public Page<SupplierView> list(@QueryParam("status") List<String> status, @QueryParam("country") List<@CountryCode String> country,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(QueryParams.enums("status", status, SupplierStatus.class), country,
                PageRequest.of(limit, cursor, total));
    }
}
