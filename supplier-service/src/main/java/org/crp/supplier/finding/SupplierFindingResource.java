package org.crp.supplier.finding;

import java.util.List;
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
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.web.QueryParams;
import org.crp.supplier.finding.FindingDtos.FindingRequest;
import org.crp.supplier.finding.FindingDtos.FindingView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A supplier's findings. program-manager is not here: a programme manager sees a supplier's finding counts in
 * its exposure, not the findings' devices and evidence.
 */
@Path("/api/supplier/suppliers/{id}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.SECURITY_OFFICER, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class SupplierFindingResource {

    static final String FINDING_REQUEST = """
            {"type": "UNAUTHORIZED_DATA_TRANSFER",
             "summary": "Network capture shows footage uploaded to an overseas address",
             "devices": [{"deviceId": "01935b7e-8c1a-7d2e-9f00-3b1c2d4e5f60", "serial": "HX-2025-000117",
               "detail": "uploads to 203.0.113.9:443 every 10 minutes"}],
             "evidenceIds": ["01935b85-0000-7000-8000-0000000000e1"]}""";
    static final String FINDING_VIEW = """
            {"id": "01935b90-0000-7000-8000-00000000f001", "supplierId": "01935b7e-0000-7000-8000-000000000001",
             "type": "ORIGIN_MISREPRESENTATION", "source": "SCAN",
             "subjectKey": "device:01935b7e-8c1a-7d2e-9f00-3b1c2d4e5f60",
             "summary": "Device HX-2025-000117 (Hanbit Optics, declared KR, verified CN): ORIGIN_MISMATCH: declared KR, inspected CN",
             "deliveryId": null, "certificateId": null,
             "devices": [{"deviceId": "01935b7e-8c1a-7d2e-9f00-3b1c2d4e5f60", "serial": "HX-2025-000117",
               "detail": "ORIGIN_MISMATCH: declared KR, inspected CN"}],
             "evidenceIds": [], "recordedBy": "security", "createdAt": "2025-03-20T08:00:00Z"}""";

    private final FindingService service;

    SupplierFindingResource(FindingService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.ADMIN })
    @Operation(summary = "Record a finding against a supplier by hand, with the devices and evidence behind it "
            + "(security-officer, legal-counsel, admin)",
            description = "Roles: security-officer, legal-counsel, admin. Each device must be a camera inventory has "
                    + "(422 naming devices[i].deviceId otherwise; 503 when inventory cannot be asked); evidenceIds must be "
                    + "evidence items of cases against this supplier (422 otherwise); a device listed twice is a 400; "
                    + "an unknown supplier a 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "manual finding", value = FINDING_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "finding", value = FINDING_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "Unknown supplier")
    @APIResponse(responseCode = "422", description = "A device inventory does not have, or evidence that is not of this "
            + "supplier's cases")
    @APIResponse(responseCode = "503", description = "Inventory could not be asked about the devices; nothing was recorded")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull FindingRequest body, UriInfo uri) {
        FindingView created = service.create(id, body);
        return Response.created(UriBuilder.fromUri(uri.getBaseUri()).path("api/supplier/findings").path(created.id().toString())
                .build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List a supplier's findings, filtered by type, source and deliveryId (repeat a parameter for OR) "
            + "(legal-counsel, security-officer, auditor, admin, service)",
            description = "Roles: legal-counsel, security-officer, auditor, admin, service. program-manager sees only the "
                    + "counts, in the supplier's exposure. Keyset paging with limit and cursor.")
    @APIResponse(responseCode = "200", description = "A page of findings", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + FINDING_VIEW + "], \"nextCursor\": null}")))
    @APIResponse(responseCode = "400", description = "Unknown type or source, or a deliveryId that is not a UUID")
    @APIResponse(responseCode = "404", description = "Unknown supplier")
    public Page<FindingView> list(@PathParam("id") UUID id, @QueryParam("type") List<String> type,
            @QueryParam("source") List<String> source, @QueryParam("deliveryId") List<String> deliveryId,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(id, QueryParams.enums("type", type, FindingType.class),
                QueryParams.enums("source", source, FindingSource.class), QueryParams.uuids("deliveryId", deliveryId),
                PageRequest.of(limit, cursor, total));
    }
}
