package org.crp.replacement.workorder;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.problem.ApiException;
import org.crp.common.security.Roles;
import org.crp.common.web.QueryParams;
import org.crp.common.web.Responses;
import org.crp.replacement.workorder.WorkOrderDtos.CompletionRequest;
import org.crp.replacement.workorder.WorkOrderDtos.EventView;
import org.crp.replacement.workorder.WorkOrderDtos.StatusRequest;
import org.crp.replacement.workorder.WorkOrderDtos.WorkOrderPage;
import org.crp.replacement.workorder.WorkOrderDtos.WorkOrderView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/replacement/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Work orders")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.AUDITOR, Roles.ADMIN, Roles.VENDOR })
public class WorkOrderResource {

    private final WorkOrderService service;

    WorkOrderResource(WorkOrderService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Work orders, keyset-paged; filter by programme, status, vendor, wave and sync state "
            + "(program-manager, auditor, admin; vendor: only its own)",
            description = "Roles: program-manager, auditor, admin; vendor (its own orders only).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkOrderPage.class),
                    examples = @ExampleObject(name = "order-page", value = ApiExamples.ORDER_PAGE)))
    public Page<WorkOrderView> list(@QueryParam("programmeId") String programmeId, @QueryParam("status") List<String> status,
            @QueryParam("vendorId") String vendorId, @QueryParam("wave") Integer wave,
            @QueryParam("syncState") List<String> syncState, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(one("programmeId", programmeId), QueryParams.enums("status", status, WorkOrderStatus.class),
                one("vendorId", vendorId), wave, QueryParams.enums("syncState", syncState, SyncState.class),
                PageRequest.of(limit, cursor, total));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One work order with its sync state; its version is the ETag (program-manager, auditor, admin; "
            + "vendor: only its own, others' answer 404)",
            description = "Roles: program-manager, auditor, admin; vendor (its own orders only, others answer 404).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkOrderView.class),
                    examples = @ExampleObject(name = "order", value = ApiExamples.ORDER)))
    public Response get(@PathParam("id") UUID id) {
        WorkOrderView order = service.get(id);
        return Responses.tagged(order, order.version());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every status change of a work order: from, to, who, when (program-manager, auditor, admin; vendor: own)",
            description = "Roles: program-manager, auditor, admin; vendor (its own orders only).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EventView.class),
                    examples = @ExampleObject(name = "history", value = ApiExamples.HISTORY)))
    public List<EventView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.VENDOR })
    @Operation(summary = "Move a work order PLANNED → DISPATCHED → IN_PROGRESS → FAILED, or CANCELLED (program-manager, admin; "
            + "vendor: IN_PROGRESS and FAILED of its own); If-Match, 409 when the move is not allowed",
            description = "Roles: program-manager, admin; vendor (IN_PROGRESS and FAILED of its own orders).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkOrderView.class),
                    examples = @ExampleObject(name = "order-in-progress", value = ApiExamples.ORDER_IN_PROGRESS)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusRequest.class),
                    examples = @ExampleObject(name = "status-request", value = ApiExamples.STATUS_REQUEST)))
            @Valid @NotNull StatusRequest body) {
        WorkOrderView order = service.changeStatus(id, ifMatch, body);
        return Responses.tagged(order, order.version());
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.VENDOR })
    @Operation(summary = "Complete an IN_PROGRESS order with the new camera's serial, MAC and model, queuing the swap for "
            + "inventory (program-manager, admin; vendor: its own). The same data again answers 200; other data 409",
            description = "Roles: program-manager, admin; vendor (its own orders).")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkOrderView.class),
                    examples = @ExampleObject(name = "order-completed", value = ApiExamples.ORDER_COMPLETED)))
    @APIResponse(responseCode = "422", description = "The model is not the one the order was planned with")
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CompletionRequest.class),
                    examples = @ExampleObject(name = "completion-request", value = ApiExamples.COMPLETION_REQUEST)))
            @Valid @NotNull CompletionRequest body) {
        WorkOrderView order = service.complete(id, ifMatch, body);
        return Responses.tagged(order, order.version());
    }

    private static UUID one(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "'" + raw + "' is not an id (a UUID)");
        }
    }
}
