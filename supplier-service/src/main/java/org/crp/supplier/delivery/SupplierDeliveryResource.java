package org.crp.supplier.delivery;

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
import org.crp.common.web.Responses;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryRequest;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A supplier's deliveries; a delivery by its own id is in {@link DeliveryResource}. */
@Path("/api/supplier/suppliers/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries and certificates")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class SupplierDeliveryResource {

    static final String DELIVERY_REQUEST = """
            {"contractNumber": "MOIS-2025-CCTV-0042", "deliveryDate": "2025-03-10", "declaredOrigin": "KR",
             "serials": ["HX-2025-000117", "HX-2025-000118"],
             "certificates": [{"issuer": "Korea Chamber of Commerce", "number": "KCCI-2025-118234",
               "issueDate": "2025-03-02", "claimedOrigin": "KR",
               "documentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""";
    static final String DELIVERY_VIEW = """
            {"id": "01935b80-1a2b-7c3d-8e4f-5a6b7c8d9e0f", "supplierId": "01935b7e-0000-7000-8000-000000000001",
             "contractNumber": "MOIS-2025-CCTV-0042", "deliveryDate": "2025-03-10", "declaredOrigin": "KR",
             "serials": ["HX-2025-000117", "HX-2025-000118"],
             "certificates": [{"id": "01935b80-1a2b-7c3d-8e4f-5a6b7c8d9e10", "deliveryId": "01935b80-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
               "issuer": "Korea Chamber of Commerce", "number": "KCCI-2025-118234", "issueDate": "2025-03-02",
               "claimedOrigin": "KR", "documentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
               "createdAt": "2025-03-11T09:00:00Z"}],
             "lastCheckedAt": null, "createdAt": "2025-03-11T09:00:00Z", "version": 0}""";

    private final DeliveryService service;

    SupplierDeliveryResource(DeliveryService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Record a delivery with its serials and certificates of origin (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin. declaredOrigin and claimedOrigin are ISO 3166-1 alpha-2; a "
                    + "certificate without claimedOrigin claims the delivery's declared origin; documentSha256 must be 64 "
                    + "hex characters. Each serial (surrounding spaces dropped) is one inventory registers: 1 to 64 letters, "
                    + "digits or . _ / -, starting with a letter or digit; any other is a 400 naming serials[i]. A serial "
                    + "or certificate listed twice, an unknown country or a bad hash is a 400; an "
                    + "unknown supplier a 404; a serial this supplier already delivered a 409 naming that delivery.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "delivery", value = DELIVERY_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "delivery", value = DELIVERY_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid body, such as a hash that is not 64 hex characters")
    @APIResponse(responseCode = "404", description = "Unknown supplier")
    @APIResponse(responseCode = "409", description = "A serial the supplier already delivered; nothing is recorded")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest body, UriInfo uri) {
        DeliveryView created = service.create(id, body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{deliveryId}")
    @Operation(summary = "Read one of a supplier's deliveries (legal-counsel, security-officer, auditor, admin, service)",
            description = "Roles: legal-counsel, security-officer, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The delivery",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "delivery", value = DELIVERY_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown supplier or delivery, or a delivery of another supplier")
    public DeliveryView get(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.getOfSupplier(id, deliveryId);
    }

    @GET
    @Operation(summary = "List a supplier's deliveries, optionally by contract number "
            + "(legal-counsel, security-officer, auditor, admin, service)",
            description = "Roles: legal-counsel, security-officer, auditor, admin, service. Keyset paging with limit and cursor.")
    @APIResponse(responseCode = "200", description = "A page of deliveries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + DELIVERY_VIEW + "], \"nextCursor\": null}")))
    @APIResponse(responseCode = "404", description = "Unknown supplier")
    public Page<DeliveryView> list(@PathParam("id") UUID id, @QueryParam("contractNumber") String contractNumber,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(id, contractNumber, PageRequest.of(limit, cursor, total));
    }
}
