package org.crp.supplier.exposure;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.supplier.exposure.ExposureDtos.Exposure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supplier/suppliers/{id}/exposure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class ExposureResource {

    static final String COMPLETE = """
            {"supplierId": "01935b7e-0000-7000-8000-000000000001", "supplierName": "Hanbit Optics",
             "supplierStatus": "UNDER_INVESTIGATION",
             "inventory": {"available": true, "unavailableReason": null, "devices": 420, "flagged": 37,
               "originMismatches": 12, "relabelSuspects": 4, "coveredManufacturer": 21},
             "replacement": {"available": true, "unavailableReason": null, "devicesReplaced": 18, "replacementOrders": 30,
               "costs": [{"currency": "KRW", "orders": 30, "completed": 18, "plannedCost": 54000000.00,
                 "completedCost": 32400000.00}]},
             "cases": {"open": 1, "byStatus": {"OPEN": 0, "INVESTIGATING": 1, "FILED": 0, "IN_LITIGATION": 0, "SETTLED": 0,
               "JUDGMENT": 0, "DISMISSED": 0, "CLOSED": 0}},
             "findings": {"ORIGIN_MISREPRESENTATION": 12, "FALSIFIED_DOCUMENT": 1, "COVERED_EQUIPMENT": 21,
               "UNAUTHORIZED_DATA_TRANSFER": 2},
             "complete": true, "unavailable": [], "asOf": "2025-03-21T08:00:00Z"}""";
    static final String PARTIAL = """
            {"supplierId": "01935b7e-0000-7000-8000-000000000001", "supplierName": "Hanbit Optics",
             "supplierStatus": "UNDER_INVESTIGATION",
             "inventory": {"available": false,
               "unavailableReason": "inventory-service could not answer (RemoteUnavailable); this part is missing, the rest is current",
               "devices": null, "flagged": null, "originMismatches": null, "relabelSuspects": null, "coveredManufacturer": null},
             "replacement": {"available": true, "unavailableReason": null, "devicesReplaced": 18, "replacementOrders": 30,
               "costs": [{"currency": "KRW", "orders": 30, "completed": 18, "plannedCost": 54000000.00,
                 "completedCost": 32400000.00}]},
             "cases": {"open": 1, "byStatus": {"OPEN": 0, "INVESTIGATING": 1, "FILED": 0, "IN_LITIGATION": 0, "SETTLED": 0,
               "JUDGMENT": 0, "DISMISSED": 0, "CLOSED": 0}},
             "findings": {"ORIGIN_MISREPRESENTATION": 12, "FALSIFIED_DOCUMENT": 1, "COVERED_EQUIPMENT": 21,
               "UNAUTHORIZED_DATA_TRANSFER": 2},
             "complete": false, "unavailable": ["inventory-service"], "asOf": "2025-03-21T08:00:00Z"}""";

    private final ExposureService service;

    ExposureResource(ExposureService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN,
            Roles.SERVICE })
    @Operation(summary = "A supplier's exposure: devices supplied, flagged, origin mismatches and relabel suspects (inventory), "
            + "devices replaced and their cost (replacement), open cases and finding counts "
            + "(program-manager, security-officer, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, security-officer, legal-counsel, auditor, admin, service. The answer holds counts only, no "
                    + "evidence or finding details. When inventory-service or replacement-service cannot answer, the "
                    + "answer is still 200 with what is known: that part has available=false and a reason, complete is "
                    + "false and unavailable names the service.")
    @APIResponse(responseCode = "200", description = "The exposure, complete or with a part marked unavailable",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
                    @ExampleObject(name = "complete", value = COMPLETE),
                    @ExampleObject(name = "inventory down", value = PARTIAL) }))
    @APIResponse(responseCode = "404", description = "Unknown supplier")
    public Exposure exposure(@PathParam("id") UUID id) {
        return service.exposure(id);
    }
}
