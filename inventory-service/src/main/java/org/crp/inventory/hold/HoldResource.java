package org.crp.inventory.hold;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/devices/{id}/holds/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legal holds")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.SERVICE, Roles.ADMIN })
public class HoldResource {

    public record HoldRequest(@Size(max = 500) String reason) {
    }

    private final HoldService service;

    HoldResource(HoldService service) {
        this.service = service;
    }

    @PUT
    @Operation(summary = "Place a case's hold on a camera; placing it again changes nothing")
    @RequestBody(required = false,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HoldRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.HOLD_REQUEST)))
    @APIResponse(responseCode = "200", description = "The camera with its holds",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE)))
    public DeviceView place(@PathParam("id") UUID id, @PathParam("caseId") String caseId, @Valid HoldRequest body) {
        return service.place(id, caseId, body == null ? null : body.reason());
    }

    @DELETE
    @Operation(summary = "Release a case's hold; releasing it again changes nothing")
    @APIResponse(responseCode = "200", description = "The camera with its remaining holds",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeviceView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE)))
    public DeviceView release(@PathParam("id") UUID id, @PathParam("caseId") String caseId) {
        return service.release(id, caseId);
    }
}
