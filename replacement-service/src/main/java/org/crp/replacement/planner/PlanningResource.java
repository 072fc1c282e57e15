package org.crp.replacement.planner;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.replacement.planner.PlanningDtos.PlanView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/replacement/programmes/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Planning")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.ADMIN })
public class PlanningResource {

    private final PlanningService service;

    PlanningResource(PlanningService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Plan or re-plan a programme (program-manager, admin): every camera in scope gets a day, vendor and "
            + "model in weekly waves; dispatched, in-progress and completed orders are kept; planned cameras become "
            + "SCHEDULED in inventory. 422 names the rule that makes it infeasible",
            description = "Roles: program-manager, admin. Each vendor's installs per day and region, and each zone's room "
                    + "(the cameras its maxOutOfServiceFraction lets be out at once), are shared with the live orders of "
                    + "every other programme, which are planned around. A PERIMETER or BORDER zone never has more than its "
                    + "fraction out nor all its cameras: one whose fraction allows less than one camera cannot be replaced, "
                    + "and planning it is a 422 (coverage) naming the zone, its cameras and the fraction that would do.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan-after-planning", value = ApiExamples.PLAN_AFTER_PLANNING)))
    public PlanView plan(@PathParam("id") UUID id) {
        return service.plan(id);
    }

    @GET
    @Operation(summary = "The latest plan's figures and weekly waves (program-manager, auditor, admin)",
            description = "Roles: program-manager, auditor, admin.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class),
                    examples = @ExampleObject(name = "plan", value = ApiExamples.PLAN)))
    public PlanView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
