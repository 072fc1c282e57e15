package org.crp.inventory.site;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import org.crp.inventory.site.SiteDtos.SiteRequest;
import org.crp.inventory.site.SiteDtos.SiteView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sites")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class SiteResource {

    private final SiteService service;

    SiteResource(SiteService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Create a site")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SiteRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SITE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag point at it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SITE)))
    public Response create(@Valid @NotNull SiteRequest body, UriInfo uri) {
        SiteView created = service.create(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a site; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The site; ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SITE)))
    public Response get(@PathParam("id") UUID id) {
        SiteView site = service.get(id);
        return Responses.tagged(site, site.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Update a site; send If-Match with the version you read")
    @RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SiteRequest.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SITE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SITE)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SiteRequest body) {
        SiteView site = service.update(id, body, ifMatch);
        return Responses.tagged(site, site.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.ADMIN })
    @Operation(summary = "Delete a site without devices, with its empty zones; 409 while it has devices")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "List sites, filtered by region (repeat for OR)")
    @APIResponse(responseCode = "200", description = "One page of sites",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.Sites.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.SITE_PAGE)))
    public Page<SiteView> list(@QueryParam("region") List<String> region, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.list(region, PageRequest.of(limit, cursor, total));
    }
}
