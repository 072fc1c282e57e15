package org.crp.inventory.device;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.crp.common.web.QueryParams;
import org.crp.inventory.device.DeviceDtos.DeviceRequest;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/inventory/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Devices")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class DeviceResource {

    private final DeviceService service;

    DeviceResource(DeviceService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    public Response register(@Valid @NotNull DeviceRequest body, UriInfo uri) {
        DeviceView created = service.register(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public DeviceView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    public Page<DeviceView> list(@QueryParam("siteId") List<String> siteId, @QueryParam("status") List<String> status,
            @QueryParam("supplierId") List<String> supplierId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(QueryParams.uuids("siteId", siteId), QueryParams.enums("status", status, DeviceStatus.class),
                QueryParams.uuids("supplierId", supplierId), PageRequest.of(limit, cursor, total));
    }
}
