package org.crp.inventory.replacement;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.inventory.replacement.ReplacementService.ReplacementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/inventory/replacements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Replacements (internal)")
@RolesAllowed({ Roles.SERVICE, Roles.ADMIN })
public class ReplacementResource {

    private final ReplacementService service;

    ReplacementResource(ReplacementService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Record a finished swap, idempotent by work-order id (service): the old camera becomes REMOVED, "
            + "the new one is registered IN_SERVICE in the same zone; 422 when the new camera would be covered")
    public Map<String, Object> record(@Valid @NotNull ReplacementRequest body) {
        return service.record(body);
    }
}
