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

    static final String EXAMPLE = """
            {"programmeId":"0193a1f2-7c3e-7d41-9a55-3b1e2f4a5c6d","name":"Border posts 2027","status":"ACTIVE",
             "today":"2027-03-10","startDate":"2027-03-01","targetDate":"2027-06-30",
             "byStatus":{"PLANNED":1,"DISPATCHED":0,"IN_PROGRESS":0,"COMPLETED":3,"FAILED":1,"CANCELLED":1},
             "devices":5,"completed":3,"remaining":2,"percentComplete":60.0,
             "sites":[{"siteId":"0193a1f2-0000-7000-8000-000000000001","devices":5,"completed":3,"inWork":1,"failed":1,
                       "percentComplete":60.0}],
             "burnDown":[{"date":"2027-03-01","remaining":5,"planned":3},{"date":"2027-03-02","remaining":5,"planned":1}],
             "velocity":{"days":7,"from":"2027-03-04","to":"2027-03-10","completed":2,"perDay":0.29},
             "projection":{"completionDate":"2027-03-17","onTarget":true},
             "cost":{"currency":"KRW","budget":100000.00,"toDate":1500.00,"committed":2000.00,"remainingBudget":98500.00,
                     "percentOfBudgetSpent":1.5}}""";

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
                    examples = @ExampleObject(name = "active", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such programme")
    public ProgressView progress(@PathParam("id") UUID id) {
        return service.progress(id);
    }
}
