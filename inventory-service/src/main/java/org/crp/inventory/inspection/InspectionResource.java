package org.crp.inventory.inspection;

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

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.inventory.inspection.InspectionService.InspectionRequest;
import org.crp.inventory.inspection.InspectionService.InspectionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/devices/{id}/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class InspectionResource {

    private final InspectionService service;

    InspectionResource(InspectionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Record an inspection: sets the verified maker and origin and re-scores the camera")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InspectionRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.INSPECTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded; the camera is re-scored",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InspectionView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.INSPECTION)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull InspectionRequest body) {
        return Response.status(Response.Status.CREATED).entity(service.record(id, body)).build();
    }

    @GET
    @Operation(summary = "A camera's inspections, oldest first")
    @APIResponse(responseCode = "200", description = "One page of inspections",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Inspections.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.INSPECTION_PAGE)))
    public Page<InspectionView> list(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.of(id, PageRequest.of(limit, cursor, total));
    }
}
