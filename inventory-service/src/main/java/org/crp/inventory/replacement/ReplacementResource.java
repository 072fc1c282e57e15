package org.crp.inventory.replacement;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.inventory.replacement.ReleaseService.ReleaseRequest;
import org.crp.inventory.replacement.ReleaseService.ReleaseResult;
import org.crp.inventory.replacement.ReplacementService.ReplacementRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/replacements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Replacements (internal)")
@RolesAllowed({ Roles.SERVICE, Roles.ADMIN })
public class ReplacementResource {

    private final ReplacementService service;
    private final ReleaseService releases;

    ReplacementResource(ReplacementService service, ReleaseService releases) {
        this.service = service;
        this.releases = releases;
    }

    @POST
    @Operation(summary = "Record a finished swap, idempotent by work-order id: the old camera becomes REMOVED, "
            + "the new one is registered IN_SERVICE in the same zone; 422 when the new camera would be covered")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReplacementRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.REPLACEMENT_REQUEST)))
    @APIResponse(responseCode = "200", description = "The swap as recorded; a replay answers the same",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.OBJECT, description = "workOrderId, oldDeviceId, oldDeviceStatus, newDeviceId, newDeviceStatus"),
                    examples = @ExampleObject(name = "example", value = ApiExamples.REPLACEMENT)))
    public Map<String, Object> record(@Valid @NotNull ReplacementRequest body) {
        return service.record(body);
    }

    @POST
    @Path("releases")
    @Operation(summary = "Release cameras from a replacement plan (work order cancelled or failed, or dropped by a re-plan): "
            + "each SCHEDULED one goes back to the status it had before it was scheduled (IN_SERVICE when unknown; "
            + "FLAGGED when that is IN_SERVICE at HIGH or CRITICAL risk), with the reason in its history; unknown and "
            + "not SCHEDULED ids are skipped, so a replay changes nothing")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReleaseRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.RELEASE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The cameras released, with the status each went back to, and the ids skipped",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReleaseResult.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.RELEASE)))
    public ReleaseResult release(@Valid @NotNull ReleaseRequest body) {
        return releases.release(body);
    }
}
