package org.crp.supplier.legalcase;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.web.Responses;
import org.crp.common.web.QueryParams;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseRequest;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseStatusChange;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseSummary;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseUpdate;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supplier/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal cases")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class LegalCaseResource {

    private final LegalCaseService service;

    LegalCaseResource(LegalCaseService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Open a legal case against a supplier; it gets the next number LC-<year>-<seq> and starts OPEN "
            + "(legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "201", description = "The case opened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response open(@Valid @NotNull CaseRequest body, UriInfo uri) {
        CaseView created = service.open(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("summary")
    // a programme manager reads how many cases there are in each status, never the cases themselves
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Count cases per status (program-manager, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, legal-counsel, auditor, admin, service.")
    public CaseSummary summary() {
        return service.summary();
    }

    @GET
    @Path("by-number/{number}")
    @Operation(summary = "Read a case by its number, such as LC-2026-00001; its version is the ETag "
            + "(legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response getByNumber(@PathParam("number") String number) {
        CaseView found = service.getByNumber(number);
        return Responses.tagged(found, found.version());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a case; its version is the ETag (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("id") UUID id) {
        CaseView found = service.get(id);
        return Responses.tagged(found, found.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Replace a case's editable fields (type, counsel, court, court reference, amounts, currency); "
            + "send If-Match with the version you read (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "200", description = "The case as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", description = "The case is CLOSED, which is final")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CaseUpdate body) {
        CaseView updated = service.update(id, body, ifMatch);
        return Responses.tagged(updated, updated.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Move a case to its next status with a reason: OPEN -> INVESTIGATING -> FILED -> IN_LITIGATION -> "
            + "SETTLED|JUDGMENT|DISMISSED -> CLOSED; 409 names the allowed steps; adds a STATUS_CHANGE timeline entry; "
            + "send If-Match with the version you read (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin.")
    @APIResponse(responseCode = "200", description = "The case in its new status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CaseStatusChange body) {
        CaseView changed = service.changeStatus(id, body, ifMatch);
        return Responses.tagged(changed, changed.version());
    }

    @GET
    @Operation(summary = "List cases, filtered by status, supplierId and type (repeat a parameter for OR) "
            + "(legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service.")
    public Page<CaseView> list(@QueryParam("status") List<String> status, @QueryParam("supplierId") List<String> supplierId,
            @QueryParam("type") List<String> type, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @QueryParam("total") Boolean total) {
        return service.list(QueryParams.enums("status", status, CaseStatus.class), QueryParams.uuids("supplierId", supplierId),
                QueryParams.enums("type", type, CaseType.class), PageRequest.of(limit, cursor, total));
    }
}
