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
    @Operation(summary = "Register a camera; it is risk-scored at once (program-manager, security-officer, admin)")
    public Response register(@Valid @NotNull DeviceRequest body, UriInfo uri) {
        DeviceView created = service.register(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a camera with its risk reasons and legal holds; its version is the ETag")
    public Response get(@PathParam("id") UUID id) {
        DeviceView device = service.get(id);
        return Responses.tagged(device, device.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Update a camera's record; send If-Match with the version you read (412 when stale)")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DeviceRequest body) {
        DeviceView device = service.update(id, body, ifMatch);
        return Responses.tagged(device, device.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN, Roles.SERVICE })
    @Operation(summary = "Move a camera to another status; 409 names the allowed ones (program-manager, security-officer, "
            + "admin; service for replacement-service's planner)")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StatusChange body) {
        DeviceView device = service.changeStatus(id, body, ifMatch);
        return Responses.tagged(device, device.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Delete a camera registered by mistake; 409 while a legal hold is active")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change to a camera and its holds: who, when, under which request id, what")
    public Page<HistoryView> history(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        service.require(id);
        return history.of(List.of(History.DEVICE, History.HOLD), id, PageRequest.of(limit, cursor, false));
    }

    @GET
    @Operation(summary = "List cameras by site, zone, status, risk level, risk reason code, minimum score, maker (declared or verified), "
            + "supplier, held or not, exact serials (up to 1000) and text in serial, model or asset tag; repeat a parameter for OR; "
            + "sort=riskScore|serial|installDate|createdAt[,asc|desc] (default: creation order), ties broken by id")
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
