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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Upcoming deadlines across all cases: what counsel must act on next. */
@Path("/api/supplier/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case deadlines")
// the programme manager's overview counts upcoming deadlines
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class UpcomingDeadlineResource {

    private final DeadlineService service;

    UpcomingDeadlineResource(DeadlineService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "OPEN deadlines across cases due from today up to withinDays ahead (default 30, 1 to 3650), "
            + "optionally for chosen cases (caseId, repeat for OR) (program-manager, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, legal-counsel, auditor, admin, service.")
    public Page<DeadlineView> upcoming(@QueryParam("withinDays") String withinDays, @QueryParam("caseId") List<String> caseId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.upcoming(withinDays, QueryParams.uuids("caseId", caseId), PageRequest.of(limit, cursor, total));
    }
}
