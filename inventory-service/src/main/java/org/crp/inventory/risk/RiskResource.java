package org.crp.inventory.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.history.History;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/inventory/risk/rescore")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk")
@RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
public class RiskResource {

    private final RiskRescorer rescorer;
    private final History history;

    RiskResource(RiskRescorer rescorer, History history) {
        this.rescorer = rescorer;
        this.history = history;
    }

    @POST
    @Operation(summary = "Re-score every device now, set-based; the watchlist and registry "
            + "changes trigger this by themselves")
    @APIResponse(responseCode = "200", description = "How many cameras were scored, changed and flagged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RiskRescorer.Result.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.RESCORE)))
    public RiskRescorer.Result rescoreAll() {
        return rescorer.rescoreAll(history.cause("re-score requested"));
    }
}
