package org.crp.replacement.catalogue;

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
import org.crp.replacement.catalogue.CatalogueDtos.ModelPage;
import org.crp.replacement.catalogue.CatalogueDtos.ModelRequest;
import org.crp.replacement.catalogue.CatalogueDtos.ModelView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/replacement/vendors/{vendorId}/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Replacement models")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class CatalogueResource {

    private final CatalogueService service;

    CatalogueResource(CatalogueService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Add a replacement model to a vendor's catalogue (program-manager, admin); 422 when inventory's "
            + "watchlist covers the manufacturer or the country of origin is one of its countries of concern, 503 when "
            + "inventory cannot be asked",
            description = "Roles: program-manager, admin.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class),
                    examples = @ExampleObject(name = "model", value = ApiExamples.MODEL)))
    public Response create(@PathParam("vendorId") UUID vendorId, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModelRequest.class),
                    examples = @ExampleObject(name = "model-request", value = ApiExamples.MODEL_REQUEST)))
            @Valid @NotNull ModelRequest body, UriInfo uri) {
        ModelView created = service.create(vendorId, body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One model of a vendor's catalogue (program-manager, security-officer, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, security-officer, legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelView.class),
                    examples = @ExampleObject(name = "model", value = ApiExamples.MODEL)))
    public Response get(@PathParam("vendorId") UUID vendorId, @PathParam("id") UUID id) {
        ModelView model = service.get(vendorId, id);
        return Responses.tagged(model, model.version());
    }

    @GET
    @Operation(summary = "A vendor's catalogue, keyset-paged (program-manager, security-officer, legal-counsel, auditor, admin, service)",
            description = "Roles: program-manager, security-officer, legal-counsel, auditor, admin, service.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModelPage.class),
                    examples = @ExampleObject(name = "model-page", value = ApiExamples.MODEL_PAGE)))
    public Page<ModelView> list(@PathParam("vendorId") UUID vendorId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(vendorId, PageRequest.of(limit, cursor, total));
    }
}
