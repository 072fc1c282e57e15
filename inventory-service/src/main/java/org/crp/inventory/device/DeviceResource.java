package org.crp.inventory.device;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.crp.inventory.device.DeviceDtos.DeviceRequest;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.device.DeviceDtos.StatusChange;
import org.crp.inventory.history.History;
import org.crp.inventory.history.History.HistoryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class DeviceResource {

    private final DeviceService service;
    private final History history;

    DeviceResource(DeviceService service, History history) {
        this.service = service;
        this.history = history;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Register a camera; it is risk-scored at once")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag point at it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE)))
    public Response register(@Valid @NotNull DeviceRequest body, UriInfo uri) {
        DeviceView created = service.register(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a camera with its risk reasons and legal holds; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The camera; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE)))
    public Response get(@PathParam("id") UUID id) {
        DeviceView device = service.get(id);
        return Responses.tagged(device, device.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Update a camera's record; send If-Match with the version you read (412 when stale)")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Updated and re-scored; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DeviceRequest body) {
        DeviceView device = service.update(id, body, ifMatch);
        return Responses.tagged(device, device.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Move a camera to another status; 409 names the allowed ones")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StatusChange.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.STATUS_CHANGE)))
    @APIResponse(responseCode = "200", description = "Moved; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChange body) {
        DeviceView device = service.changeStatus(id, body, ifMatch);
        return Responses.tagged(device, device.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Delete a camera registered by mistake; 409 while a legal hold is active, while it is SCHEDULED for"
            + " replacement or once it is part of a recorded replacement")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to a camera and its holds: who, when, under which request id, what; still readable"
            + " after the camera is deleted")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Histories.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.HISTORY_PAGE)))
    public Page<HistoryView> history(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return history.of(List.of(History.DEVICE, History.HOLD), id, PageRequest.of(limit, cursor, total),
                () -> service.exists(id), "Device");
    }

    @GET
    @Operation(summary = "List cameras by site, zone, status, risk level, risk reason code, minimum score, maker (declared or verified), "
            + "supplier, held or not, exact serials (up to 1000) and text in serial, model or asset tag; repeat a parameter for OR; "
            + "sort=riskScore|serial|installDate|createdAt[,asc|desc] (default: creation order; serials in byte order), ties broken by id")
    @APIResponse(responseCode = "200", description = "One page of cameras; nextCursor is absent on the last page",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Devices.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE_PAGE)))
    public Page<DeviceView> list(@QueryParam("siteId") List<String> siteId, @QueryParam("zoneId") List<String> zoneId,
            @QueryParam("status") List<String> status, @QueryParam("riskLevel") List<String> riskLevel,
            @QueryParam("reason") List<@Size(max = 32) String> reason,
            @QueryParam("minScore") @Min(0) @Max(100) Integer minScore, @QueryParam("maker") @Size(max = 100) String maker,
            @QueryParam("supplierId") List<String> supplierId, @QueryParam("held") Boolean held,
            @QueryParam("q") @Size(max = 100) String q, @QueryParam("serial") List<String> serial,
            @QueryParam("sort") @Size(max = 40) String sort, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        DeviceService.DeviceQuery query = DeviceService.DeviceQuery.parse(siteId, zoneId, status, riskLevel, reason,
                minScore, maker, supplierId, held, q, serial);
        return service.list(query, DeviceService.sort(sort), PageRequest.of(limit, cursor, total));
    }
}
