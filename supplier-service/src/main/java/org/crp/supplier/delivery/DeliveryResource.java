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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.security.Roles;
import org.crp.common.web.Responses;
import org.crp.supplier.delivery.DeliveryDtos.CertificateRequest;
import org.crp.supplier.delivery.DeliveryDtos.CertificateView;
import org.crp.supplier.delivery.DeliveryDtos.CheckResult;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A delivery by its id: its certificates and the check of them against inventory. */
@Path("/api/supplier/deliveries/{deliveryId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries and certificates")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class DeliveryResource {

    static final String CERTIFICATE_REQUEST = """
            {"issuer": "Korea Chamber of Commerce", "number": "KCCI-2025-118240", "issueDate": "2025-03-05",
             "claimedOrigin": "KR", "documentSha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"}""";
    static final String CERTIFICATE_VIEW = """
            {"id": "01935b80-1a2b-7c3d-8e4f-5a6b7c8d9e11", "deliveryId": "01935b80-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
             "issuer": "Korea Chamber of Commerce", "number": "KCCI-2025-118240", "issueDate": "2025-03-05",
             "claimedOrigin": "KR", "documentSha256": "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
             "createdAt": "2025-03-12T10:00:00Z"}""";
    static final String CHECK_RESULT = """
            {"deliveryId": "01935b80-1a2b-7c3d-8e4f-5a6b7c8d9e0f", "serialsChecked": 2, "devicesFound": 2,
             "devicesVerified": 1, "unknownSerials": [], "unverifiedSerials": ["HX-2025-000118"],
             "contradictions": [{"certificateId": "01935b80-1a2b-7c3d-8e4f-5a6b7c8d9e10", "certificateNumber": "KCCI-2025-118234",
               "claimedOrigin": "KR", "deviceId": "01935b7e-8c1a-7d2e-9f00-3b1c2d4e5f60", "serial": "HX-2025-000117",
               "verifiedOrigin": "CN"}],
             "findingsAdded": ["01935b90-0000-7000-8000-00000000f001"], "findingsExisting": [],
             "checkedAt": "2025-03-20T08:00:00Z"}""";

    private final DeliveryService service;
    private final DeliveryChecker checker;

    DeliveryResource(DeliveryService service, DeliveryChecker checker) {
        this.service = service;
        this.checker = checker;
    }

    @GET
    @Operation(summary = "Read a delivery with its certificates (legal-counsel, security-officer, auditor, admin, service)",
            description = "Roles: legal-counsel, security-officer, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "delivery", value = SupplierDeliveryResource.DELIVERY_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown delivery")
    public Response get(@PathParam("deliveryId") UUID deliveryId) {
        DeliveryView delivery = service.get(deliveryId);
        return Responses.tagged(delivery, delivery.version());
    }

    @POST
    @Path("certificates")
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Attach a certificate of origin to a delivery (legal-counsel, admin)",
            description = "Roles: legal-counsel, admin. documentSha256 must be exactly 64 hex characters (400 otherwise); "
                    + "the same issuer's number twice on one delivery is a 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "certificate", value = CERTIFICATE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "certificate", value = CERTIFICATE_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid certificate")
    @APIResponse(responseCode = "404", description = "Unknown delivery")
    @APIResponse(responseCode = "409", description = "The delivery already has this certificate")
    public Response addCertificate(@PathParam("deliveryId") UUID deliveryId, @Valid @NotNull CertificateRequest body,
            UriInfo uri) {
        CertificateView created = service.addCertificate(deliveryId, body);
        return Responses.created(uri, created.id(), created);
    }

    @GET
    @Path("certificates/{certificateId}")
    @Operation(summary = "Read a certificate of a delivery (legal-counsel, security-officer, auditor, admin, service)",
            description = "Roles: legal-counsel, security-officer, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "certificate", value = CERTIFICATE_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown delivery or certificate")
    public CertificateView certificate(@PathParam("deliveryId") UUID deliveryId,
            @PathParam("certificateId") UUID certificateId) {
        return service.certificate(deliveryId, certificateId);
    }

    @POST
    @Path("check")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Check a delivery's certificates against inventory's verified origin of the delivered devices "
            + "(legal-counsel, security-officer, admin)",
            description = "Roles: legal-counsel, security-officer, admin. Each certificate whose claimed origin differs from "
                    + "the verified origin of a delivered device becomes one FALSIFIED_DOCUMENT finding (idempotent: a "
                    + "repeated check adds nothing). Supplier scans run this check for every delivery too. Inventory "
                    + "down: 503 and nothing is written.")
    @APIResponse(responseCode = "200", description = "What the check found", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "contradiction", value = CHECK_RESULT)))
    @APIResponse(responseCode = "404", description = "Unknown delivery")
    @APIResponse(responseCode = "503", description = "inventory-service unavailable; nothing was written")
    public CheckResult check(@PathParam("deliveryId") UUID deliveryId) {
        return checker.check(deliveryId);
    }
}
