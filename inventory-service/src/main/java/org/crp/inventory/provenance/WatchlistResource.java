package org.crp.inventory.provenance;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.problem.ApiException;
import org.crp.common.security.Roles;
import org.crp.common.web.Responses;
import org.crp.common.web.QueryParams;
import org.crp.inventory.provenance.WatchlistDtos.MatchView;
import org.crp.inventory.provenance.WatchlistDtos.WatchlistRequest;
import org.crp.inventory.provenance.WatchlistDtos.WatchlistView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.crp.inventory.history.History;
import org.crp.inventory.history.History.HistoryView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/watchlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Watchlist")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class WatchlistResource {

    private final WatchlistService service;
    private final History history;

    WatchlistResource(WatchlistService service, History history) {
        this.service = service;
        this.history = history;
    }

    @POST
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Add a covered entity; devices are re-scored")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WatchlistRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; cameras are re-scored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WatchlistView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_ENTRY)))
    public Response create(@Valid @NotNull WatchlistRequest body, UriInfo uri) {
        WatchlistView created = service.create(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One watchlist entry; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The entry; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WatchlistView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_ENTRY)))
    public Response get(@PathParam("id") UUID id) {
        WatchlistView entry = service.get(id);
        return Responses.tagged(entry, entry.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Replace a watchlist entry; If-Match with the version, 412 when stale")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WatchlistRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced; cameras are re-scored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WatchlistView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_ENTRY)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WatchlistRequest body) {
        WatchlistView updated = service.update(id, ifMatch, body);
        return Responses.tagged(updated, updated.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Remove a watchlist entry; If-Match with the version, 412 when stale")
    @APIResponse(responseCode = "204", description = "Removed; cameras are re-scored")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to a watchlist entry: who, when, under which request id, what; still readable"
            + " after the entry is deleted")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Histories.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_HISTORY_PAGE)))
    public Page<HistoryView> history(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return history.of(List.of(History.WATCHLIST), id, PageRequest.of(limit, cursor, total), () -> service.exists(id),
                "Watchlist entry");
    }

    @GET
    @Operation(summary = "Watchlist entries, keyset-paged; filter by list (repeat for OR) and active")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Watchlist.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_PAGE)))
    public Page<WatchlistView> list(@QueryParam("list") List<String> list, @QueryParam("active") String active,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(QueryParams.enums("list", list, CoveringList.class), bool("active", active),
                PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("match")
    @Operation(summary = "Whether a name (IEEE organisation, manufacturer) is covered, and by which entry")
    @APIResponse(responseCode = "200", description = "Whether the name is covered and by which entry",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MatchView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.WATCHLIST_MATCH)))
    public MatchView match(@QueryParam("name") String name) {
        return service.match(name);
    }

    private static Boolean bool(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiException.badRequest(field, "'" + value + "' is not true or false");
        };
    }
}
