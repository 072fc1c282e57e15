package org.crp.inventory.network;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.common.security.Roles;
import org.crp.inventory.network.NetworkService.BatchReport;
import org.crp.inventory.network.NetworkService.FlowRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Network evidence")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class NetworkResource {

    private final NetworkService service;

    NetworkResource(NetworkService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Submit a batch of flow records (JSON array, at most 10,000): matched to cameras by source MAC or IP, "
            + "stored, cameras re-scored; answers how many matched and which rows did not",
            description = "Records are named by their index in the array, from 0, in every error ([2].port) and in the"
                    + " report of unmatched rows (row 2). A malformed record refuses the whole batch.")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = NetworkService.FlowRecord.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.FLOWS)))
    @APIResponse(responseCode = "200", description = "How many rows matched a camera, and why the others did not",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchReport.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.BATCH_REPORT)))
    public BatchReport ingest(@NotNull List<FlowRecord> body) {
        return service.ingest(body);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "The same batch as CSV with the header time,source_ip,source_mac,destination,port,protocol,"
            + "destination_country,bytes",
            description = "Rows are named by their number in the file, from 1 for the first row after the header, in every"
                    + " error (rows[2].port) and in the report of unmatched rows (row 2). A leading byte order mark is"
                    + " ignored. A malformed row refuses the whole batch.")
    @RequestBody(required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "example", value = ApiExamples.FLOWS_CSV)))
    @APIResponse(responseCode = "200", description = "How many rows matched a camera, and why the others did not",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchReport.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.BATCH_REPORT)))
    public BatchReport ingestCsv(String body) {
        return service.ingestCsv(body);
    }
}
