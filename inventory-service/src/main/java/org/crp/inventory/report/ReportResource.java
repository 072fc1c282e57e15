package org.crp.inventory.report;

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
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.report.InventoryReports.Stats;
import org.crp.inventory.report.InventoryReports.SupplierSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class ReportResource {

    private final InventoryReports reports;

    ReportResource(InventoryReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("stats")
    @Operation(summary = "Device counts in total, by status, by risk level and by site x status x risk level")
    @APIResponse(responseCode = "200", description = "Counts by site, status and risk level",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Stats.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.STATS)))
    public Stats stats() {
        return reports.stats();
    }

    @GET
    @Path("suppliers/{supplierId}/summary")
    @Operation(summary = "A supplier's devices: how many, flagged, origin mismatches, relabel suspects, covered makers")
    @APIResponse(responseCode = "200", description = "The supplier's cameras and how many do not match their paperwork",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SupplierSummary.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SUPPLIER_SUMMARY)))
    public SupplierSummary supplierSummary(@PathParam("supplierId") UUID supplierId) {
        return reports.supplierSummary(supplierId);
    }

    @GET
    @Path("suppliers/{supplierId}/mismatched-devices")
    @Operation(summary = "A supplier's devices whose paperwork does not match what was found")
    @APIResponse(responseCode = "200", description = "One page of the supplier's mismatched cameras",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Devices.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.DEVICE_PAGE)))
    public Page<DeviceView> mismatched(@PathParam("supplierId") UUID supplierId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return reports.mismatched(supplierId, PageRequest.of(limit, cursor, total));
    }
}
