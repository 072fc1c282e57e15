package org.crp.inventory.zone;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.web.Responses;
import org.crp.common.web.QueryParams;
import org.crp.inventory.zone.ZoneDtos.ZoneRequest;
import org.crp.inventory.zone.ZoneDtos.ZoneView;
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

@Path("/api/inventory/zones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Zones")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class ZoneResource {

    private final ZoneService service;
    private final History history;

    ZoneResource(ZoneService service, History history) {
        this.service = service;
        this.history = history;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Create a zone in a site")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ZoneRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.ZONE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ZoneView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.ZONE)))
    public Response create(@Valid @NotNull ZoneRequest body, UriInfo uri) {
        ZoneView created = service.create(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a zone; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The zone; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ZoneView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.ZONE)))
    public Response get(@PathParam("id") UUID id) {
        ZoneView zone = service.get(id);
        return Responses.tagged(zone, zone.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Update a zone; send If-Match with the version you read; a new criticality re-scores the"
            + " zone's devices")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ZoneRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.ZONE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ZoneView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.ZONE)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ZoneRequest body) {
        ZoneView zone = service.update(id, body, ifMatch);
        return Responses.tagged(zone, zone.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Delete a zone without devices; 409 while it has any")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to a zone: who, when, under which request id, what; still readable after the zone"
            + " is deleted")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Histories.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.ZONE_HISTORY_PAGE)))
    public Page<HistoryView> history(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return history.of(List.of(History.ZONE), id, PageRequest.of(limit, cursor, total), () -> service.exists(id), "Zone");
    }

    @GET
    @Operation(summary = "List zones, filtered by site and kind (repeat a parameter for OR)")
    @APIResponse(responseCode = "200", description = "One page of zones",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Zones.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.ZONE_PAGE)))
    public Page<ZoneView> list(@QueryParam("siteId") List<String> siteId, @QueryParam("kind") List<String> kind,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(QueryParams.uuids("siteId", siteId), QueryParams.enums("kind", kind, ZoneKind.class),
                PageRequest.of(limit, cursor, total));
    }
}
