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
    public Stats stats() {
        return reports.stats();
    }

    @GET
    @Path("suppliers/{supplierId}/summary")
    @Operation(summary = "A supplier's devices: how many, flagged, origin mismatches, relabel suspects, covered makers")
    public SupplierSummary supplierSummary(@PathParam("supplierId") UUID supplierId) {
        return reports.supplierSummary(supplierId);
    }

    @GET
    @Path("suppliers/{supplierId}/mismatched-devices")
    @Operation(summary = "A supplier's devices whose paperwork does not match what was found")
    public Page<DeviceView> mismatched(@PathParam("supplierId") UUID supplierId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return reports.mismatched(supplierId, PageRequest.of(limit, cursor, total));
    }
}
