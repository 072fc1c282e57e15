package org.crp.supplier.finding;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.supplier.finding.FindingDtos.ScanResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/supplier/suppliers/{id}/scan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class ScanResource {

    static final String SCAN_RESULT = """
            {"supplierId": "01935b7e-0000-7000-8000-000000000001",
             "inventorySummary": {"supplierId": "01935b7e-0000-7000-8000-000000000001", "devices": 420, "flagged": 37,
               "originMismatches": 12, "relabelSuspects": 4, "coveredManufacturer": 21},
             "devicesExamined": 33, "deliveriesChecked": 2, "addedCount": 1, "existingCount": 1,
             "added": [{"id": "01935b90-0000-7000-8000-00000000f002", "type": "COVERED_EQUIPMENT",
               "subjectKey": "device:01935b7e-8c1a-7d2e-9f00-3b1c2d4e5f61", "devicesAdded": 1}],
             "existing": [{"id": "01935b90-0000-7000-8000-00000000f001", "type": "ORIGIN_MISREPRESENTATION",
               "subjectKey": "device:01935b7e-8c1a-7d2e-9f00-3b1c2d4e5f60", "devicesAdded": 0}],
             "scannedAt": "2025-03-21T08:00:00Z"}""";

    private final ScanService service;

    ScanResource(ScanService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Scan a supplier: record findings from inventory's mismatched devices and from every delivery's "
            + "certificates, idempotently (security-officer, legal-counsel, admin)",
            description = "Roles: security-officer, legal-counsel, admin. Reads inventory's summary and pages through the "
                    + "supplier's mismatched devices: ORIGIN_MISMATCH and RELABEL_SUSPECTED make an ORIGIN_MISREPRESENTATION, "
                    + "COVERED_MANUFACTURER a COVERED_EQUIPMENT, FOREIGN_CALLBACK an UNAUTHORIZED_DATA_TRANSFER finding, one "
                    + "per device and type; every delivery with certificates is checked (FALSIFIED_DOCUMENT). A finding "
                    + "already recorded is not recorded again, also under concurrent scans; the answer lists what was added "
                    + "and what already existed. Inventory down: 503 and nothing is written.")
    @APIResponse(responseCode = "200", description = "What the scan added and what already existed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scan", value = SCAN_RESULT)))
    @APIResponse(responseCode = "404", description = "Unknown supplier")
    @APIResponse(responseCode = "503", description = "inventory-service unavailable; nothing was written")
    public ScanResult scan(@PathParam("id") UUID id) {
        return service.scan(id);
    }
}
