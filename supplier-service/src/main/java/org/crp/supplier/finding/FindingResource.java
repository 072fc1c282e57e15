package org.crp.supplier.finding;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.supplier.finding.FindingDtos.FindingView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supplier/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class FindingResource {

    private final FindingService service;

    FindingResource(FindingService service) {
        this.service = service;
    }

    @GET
    @Path("{findingId}")
    @Operation(summary = "Read a finding with its devices and evidence (legal-counsel, security-officer, auditor, admin, service)",
            description = "Roles: legal-counsel, security-officer, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The finding", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "finding", value = SupplierFindingResource.FINDING_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown finding")
    public FindingView get(@PathParam("findingId") UUID findingId) {
        return service.get(findingId);
    }
}
