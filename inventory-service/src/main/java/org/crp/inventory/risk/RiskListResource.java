package org.crp.inventory.risk;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.web.Responses;
import org.crp.inventory.history.History.HistoryView;
import org.crp.inventory.risk.RiskListDtos.RiskListRequest;
import org.crp.inventory.risk.RiskListDtos.RiskListView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/inventory/risk/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risk")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class RiskListResource {

    private final RiskListService service;

    RiskListResource(RiskListService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Both lists behind FOREIGN_CALLBACK: countries of concern and the destination allowlist")
    public List<RiskListView> all() {
        return service.all();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One risk list (countries-of-concern or destination-allowlist); its version is the ETag")
    public Response get(@PathParam("name") String name) {
        RiskListView list = service.get(RiskListKind.of(name));
        return Responses.tagged(list, list.version());
    }

    @PUT
    @Path("{name}")
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Replace a risk list's entries; every device is then re-scored in the background",
            description = "Countries: ISO 3166-1 alpha-2 codes in upper case. Allowlist: IP addresses, CIDR blocks "
                    + "without host bits, exact host names. If-Match with the version read is required (428 without, "
                    + "412 when stale). Any bad entry is a 400 naming it, and nothing changes.")
    public Response replace(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RiskListRequest body) {
        RiskListView list = service.replace(RiskListKind.of(name), ifMatch, body);
        return Responses.tagged(list, list.version());
    }

    @GET
    @Path("{name}/history")
    @Operation(summary = "Every change to a risk list: who, when, under which request id, what was added and removed")
    public Page<HistoryView> history(@PathParam("name") String name, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return service.history(RiskListKind.of(name), PageRequest.of(limit, cursor, false));
    }
}
