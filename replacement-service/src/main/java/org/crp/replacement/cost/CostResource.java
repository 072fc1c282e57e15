package org.crp.replacement.cost;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.problem.ApiException;
import org.crp.common.security.Roles;
import org.crp.replacement.cost.CostService.SupplierCost;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/replacement/costs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Costs")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.LEGAL_COUNSEL, Roles.SERVICE })
public class CostResource {

    private final CostService service;

    CostResource(CostService service) {
        this.service = service;
    }

    @GET
    @Path("by-supplier")
    @Operation(summary = "Replacement costs grouped by the replaced cameras' original supplier and currency, optionally for one "
            + "programme (program-manager, auditor, admin, legal-counsel, service)",
            description = "Roles: program-manager, auditor, admin, legal-counsel, service. 404 for an unknown programme.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SupplierCost.class),
                    examples = @ExampleObject(name = "by-supplier", value = ApiExamples.BY_SUPPLIER)))
    @APIResponse(responseCode = "404", description = "No such programme")
    public List<SupplierCost> bySupplier(@QueryParam("programmeId") String programmeId) {
        UUID programme = null;
        if (programmeId != null && !programmeId.isEmpty()) {
            try {
                programme = UUID.fromString(programmeId);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("programmeId", "'" + programmeId + "' is not an id (a UUID)");
            }
        }
        return service.bySupplier(programme);
    }
}
