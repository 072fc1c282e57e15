package org.crp.supplier.deadline;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.web.QueryParams;
import org.crp.supplier.deadline.DeadlineDtos.DeadlineView;
import org.crp.supplier.deadline.DeadlineDtos.UpcomingSummary;
import org.crp.supplier.docs.Examples;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Upcoming deadlines across all cases: what counsel must act on next. */
@Path("/api/supplier/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case deadlines")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class UpcomingDeadlineResource {

    private final DeadlineService service;

    UpcomingDeadlineResource(DeadlineService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "OPEN deadlines across cases due from today up to withinDays ahead (default 30, 1 to 3650), "
            + "of cases not CLOSED, soonest first, optionally for chosen cases (caseId, repeat for OR) "
            + "(legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service. Ordered by due date, deadlines due on the same day "
                    + "in the order they were added; nextCursor continues that order (a cursor from another list is a 400), "
                    + "and total=true counts every page.")
    public Page<DeadlineView> upcoming(@QueryParam("withinDays") String withinDays, @QueryParam("caseId") List<String> caseId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.upcoming(withinDays, QueryParams.uuids("caseId", caseId), PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("summary")
    // a programme manager reads how many deadlines are coming, not what they are or which cases they belong to
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Count the OPEN deadlines of cases not CLOSED due from today up to withinDays ahead (default 30, "
            + "1 to 3650) (program-manager, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "summary", value = Examples.DEADLINE_SUMMARY)))
    @APIResponse(responseCode = "400", description = "withinDays is not a whole number from 1 to 3650")
    public UpcomingSummary summary(@QueryParam("withinDays") String withinDays) {
        return service.upcomingCount(withinDays);
    }
}
