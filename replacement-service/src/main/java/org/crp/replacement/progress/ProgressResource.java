package org.crp.replacement.progress;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.replacement.progress.ProgressDtos.ProgressView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Its own class: a sub-path of a programme, so it does not lose to ProgrammeResource's {id}. */
@Path("/api/replacement/programmes/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.ADMIN })
public class ProgressResource {

    private final ProgressService service;

    ProgressResource(ProgressService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "A programme's progress: orders by status, percent complete, per site, a daily burn-down against "
            + "the plan, velocity over the last 7 days, projected completion and cost to date against the budget "
            + "(program-manager, auditor, admin)",
            description = "Roles: program-manager, auditor, admin. Cameras are counted, not orders; days are UTC days. "
                    + "The projection is today + remaining / velocity, rounded up; it is null with a reason when "
                    + "no order was completed in the last 7 days. 404 for an unknown programme.")
    @APIResponse(responseCode = "200", description = "The programme's progress today",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class),
                    examples = @ExampleObject(name = "active", value = ApiExamples.PROGRESS)))
    @APIResponse(responseCode = "404", description = "No such programme")
    public ProgressView progress(@PathParam("id") UUID id) {
        return service.progress(id);
    }
}
