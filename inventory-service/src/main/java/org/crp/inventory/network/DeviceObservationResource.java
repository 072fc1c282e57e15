package org.crp.inventory.network;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.inventory.network.NetworkService.ObservationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/inventory/devices/{id}/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network evidence")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class DeviceObservationResource {

    private final NetworkService service;

    DeviceObservationResource(NetworkService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "A camera's observed flows, oldest first")
    @APIResponse(responseCode = "200", description = "One page of the flows seen from the camera",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Observations.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.OBSERVATION_PAGE)))
    public Page<ObservationView> list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.of(id, PageRequest.of(limit, cursor, total));
    }
}
