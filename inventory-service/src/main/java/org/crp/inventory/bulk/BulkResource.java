package org.crp.inventory.bulk;

import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.crp.common.paging.Sort;
import org.crp.common.security.Roles;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.device.DeviceService.DeviceQuery;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.device.DeviceStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/devices/bulk")
@Tag(name = "Bulk")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
public class BulkResource {

    /** The list's filters plus the target status. */
    public record BulkStatusRequest(List<String> siteId, List<String> zoneId, List<String> status,
            List<String> riskLevel, List<@Size(max = 32) String> reason, @Min(0) @Max(100) Integer minScore,
            @Size(max = 100) String maker, List<String> supplierId, Boolean held, @Size(max = 100) String q,
            List<String> serial, @NotNull DeviceStatus target, @Size(max = 500) String note) {

        DeviceQuery query() {
            return DeviceQuery.parse(siteId, zoneId, status, riskLevel, reason, minScore, maker, supplierId, held, q,
                    serial);
        }
    }

    private final DeviceImporter importer;
    private final DeviceExporter exporter;
    private final BulkStatusService status;
    private final BulkGate gate;

    BulkResource(DeviceImporter importer, DeviceExporter exporter, BulkStatusService status, BulkGate gate) {
        this.importer = importer;
        this.exporter = exporter;
        this.status = status;
        this.gate = gate;
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import devices from CSV (header: serial,asset_tag,model,declared_manufacturer,declared_country,"
            + "mac_address,ip_address,firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date), "
            + "upsert by serial (a row equal to the registered device writes nothing; a changed device's history names "
            + "each field's old and new value); any bad row is a 400 naming row and column and nothing is written; "
            + "dryRun=true checks only; one apostrophe before = + - or @ at the start of a cell, as an export writes it, "
            + "is removed")
    @RequestBody(required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "example", value = ApiExamples.IMPORT_CSV)))
    @APIResponse(responseCode = "200", description = "What was (or, in a dry run, would be) created, updated and left unchanged",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.IMPORT_REPORT)))
    @APIResponse(responseCode = "429", description = "Another CSV import or export is running on this instance; retry after the Retry-After seconds")
    public ImportReport importCsv(InputStream body, @QueryParam("dryRun") boolean dryRun) {
        gate.enter("this import");
        return importer.importCsv(body, dryRun);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN })
    @Operation(summary = "Export the devices matching the list's filters as CSV in the list's sort order, streamed; re-importable as it is;"
            + " a text cell starting with = + - or @ is written after an apostrophe, so that a spreadsheet shows it as"
            + " text instead of running it as a formula")
    @APIResponse(responseCode = "200", description = "The matching cameras as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "example", value = ApiExamples.IMPORT_CSV)))
    @APIResponse(responseCode = "429", description = "Another CSV import or export is running on this instance; retry after the Retry-After seconds")
    public Response export(@QueryParam("siteId") List<String> siteId, @QueryParam("zoneId") List<String> zoneId,
            @QueryParam("status") List<String> status, @QueryParam("riskLevel") List<String> riskLevel,
            @QueryParam("reason") List<@Size(max = 32) String> reason,
            @QueryParam("minScore") @Min(0) @Max(100) Integer minScore, @QueryParam("maker") @Size(max = 100) String maker,
            @QueryParam("supplierId") List<String> supplierId, @QueryParam("held") Boolean held,
            @QueryParam("q") @Size(max = 100) String q, @QueryParam("serial") List<String> serial,
            @QueryParam("sort") @Size(max = 40) String sort) {
        DeviceQuery query = DeviceQuery.parse(siteId, zoneId, status, riskLevel, reason, minScore, maker, supplierId,
                held, q, serial);
        Sort<DeviceView> order = DeviceService.sort(sort);
        gate.enter("this export");
        return Response.ok(exporter.export(query, order))
                .header("Content-Disposition", "attachment; filename=\"devices.csv\"").build();
    }

    @POST
    @Path("status")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN, Roles.SERVICE })
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move every device matching the filters to one status, all or nothing (409 lists refusals)")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulkStatusRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.BULK_STATUS_REQUEST)))
    @APIResponse(responseCode = "200", description = "Every matching camera moved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulkStatusService.BulkStatusResult.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.BULK_STATUS_RESULT)))
    public BulkStatusService.BulkStatusResult changeStatus(@Valid @NotNull BulkStatusRequest body) {
        return status.change(body.query(), body.target(), body.note());
    }
}
