package org.crp.replacement.vendor;

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
import jakarta.ws.rs.core.UriInfo;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.security.Roles;
import org.crp.common.validation.CountryCode;
import org.crp.common.web.QueryParams;
import org.crp.common.web.Responses;
import org.crp.replacement.vendor.VendorDtos.StatusRequest;
import org.crp.replacement.vendor.VendorDtos.VendorPage;
import org.crp.replacement.vendor.VendorDtos.VendorRequest;
import org.crp.replacement.vendor.VendorDtos.VendorView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/replacement/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendors")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class VendorResource {

    private final VendorService service;

    VendorResource(VendorService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Register an approved local vendor (program-manager, admin); 409 when the registration number is taken",
            description = "Roles: program-manager, admin.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VendorView.class),
                    examples = @ExampleObject(name = "vendor", value = ApiExamples.VENDOR)))
    public Response create(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VendorRequest.class),
                    examples = @ExampleObject(name = "vendor-request", value = ApiExamples.VENDOR_REQUEST)))
            @Valid @NotNull VendorRequest body, UriInfo uri) {
        VendorView created = service.create(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One vendor; its version is the ETag (program-manager, security-officer, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, security-officer, legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VendorView.class),
                    examples = @ExampleObject(name = "vendor", value = ApiExamples.VENDOR)))
    public Response get(@PathParam("id") UUID id) {
        VendorView vendor = service.get(id);
        return Responses.tagged(vendor, vendor.version());
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Suspend or re-approve a vendor (program-manager, admin); If-Match with the version, 412 when stale, 409 when the move is not allowed",
            description = "Roles: program-manager, admin.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VendorView.class),
                    examples = @ExampleObject(name = "vendor-suspended", value = ApiExamples.VENDOR_SUSPENDED)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatusRequest.class),
                    examples = @ExampleObject(name = "status-request", value = ApiExamples.STATUS_REQUEST)))
            @Valid @NotNull StatusRequest body) {
        VendorView vendor = service.changeStatus(id, ifMatch, body);
        return Responses.tagged(vendor, vendor.version());
    }

    @GET
    @Operation(summary = "Vendors, keyset-paged; filter by status, region served and country, repeat for OR "
            + "(program-manager, security-officer, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, security-officer, legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VendorPage.class),
                    examples = @ExampleObject(name = "vendor-page", value = ApiExamples.VENDOR_PAGE)))
    public Page<VendorView> list(@QueryParam("status") List<String> status, @QueryParam("region") List<String> region,
            @QueryParam("country") List<@CountryCode String> country, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(QueryParams.enums("status", status, VendorStatus.class), region, country,
                PageRequest.of(limit, cursor, total));
    }
}
