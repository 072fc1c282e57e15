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
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

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
    @APIResponse(responseCode = "200", description = "Both lists",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RiskListView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.RISK_LISTS)))
    public List<RiskListView> all() {
        return service.all();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One risk list (countries-of-concern or destination-allowlist); its version is the ETag")
    @APIResponse(responseCode = "200", description = "The list; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RiskListView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.RISK_LIST)))
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
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RiskListRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.RISK_LIST_REQUEST)))
    @APIResponse(responseCode = "200", description = "Stored; ETag is the new version and every camera is being re-scored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RiskListView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.RISK_LIST)))
    public Response replace(@PathParam("name") String name, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RiskListRequest body) {
        RiskListView list = service.replace(RiskListKind.of(name), ifMatch, body);
        return Responses.tagged(list, list.version());
    }

    @GET
    @Path("{name}/history")
    @Operation(summary = "Every change to a risk list: who, when, under which request id, what was added and removed")
    @APIResponse(responseCode = "200", description = "One page of changes",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Histories.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.HISTORY_PAGE)))
    public Page<HistoryView> history(@PathParam("name") String name, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.history(RiskListKind.of(name), PageRequest.of(limit, cursor, total));
    }
}
