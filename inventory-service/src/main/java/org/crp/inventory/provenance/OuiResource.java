package org.crp.inventory.provenance;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.problem.ApiException;
import org.crp.common.security.Roles;
import org.crp.inventory.provenance.OuiDtos.LookupView;
import org.crp.inventory.provenance.OuiDtos.RegistriesView;
import org.crp.inventory.provenance.OuiDtos.RegistryView;
import org.crp.inventory.provenance.OuiDtos.VersionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import org.crp.inventory.api.ApiExamples;
import org.crp.inventory.api.PageSchemas;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/api/inventory/oui")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "IEEE registry")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.SECURITY_OFFICER, Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class OuiResource {

    private static final List<String> CSV_TYPES = List.of("text/csv", "text/plain", "application/octet-stream");

    private final OuiRegistryService service;
    private final SecurityIdentity identity;

    OuiResource(OuiRegistryService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Path("{mac}")
    @Operation(summary = "The IEEE block (longest prefix: 36, 28, then 24 bits) and organisation of a MAC address, "
            + "and whether that organisation is covered; an unregistered block answers 200 with organisation null")
    @APIResponse(responseCode = "200", description = "The registered owner of the MAC block and whether it is covered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LookupView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.OUI_LOOKUP)))
    public LookupView lookup(@PathParam("mac") String mac) {
        return service.lookup(mac);
    }

    @GET
    @Path("registry")
    @Operation(summary = "The MA-L, MA-M and MA-S registries in use: source (bundled or uploaded), published date, size")
    @APIResponse(responseCode = "200", description = "Each registry in use with its date and size",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistriesView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.REGISTRIES)))
    public RegistriesView registries() {
        return service.registries();
    }

    @PUT
    @Path("registry/{kind}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Replace one registry by a newer IEEE CSV file; text/csv body, publishedOn=YYYY-MM-DD; "
            + "a file dropping more than half the blocks or older than the one in use needs force=true")
    @RequestBody(required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "example", value = ApiExamples.REGISTRY_CSV)))
    @APIResponse(responseCode = "200", description = "The registry now in use",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegistryView.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.REGISTRY)))
    public RegistryView upload(@PathParam("kind") String kind, @QueryParam("publishedOn") String publishedOn,
            @QueryParam("force") String force, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) {
        requireCsv(contentType);
        return service.upload(kind, publishedOn, flag("force", force), contentLength, body,
                identity.getPrincipal().getName());
    }

    @GET
    @Path("registry/{kind}/versions")
    @Operation(summary = "The uploaded versions of one registry, newest first, keyset-paged; current marks the one in use")
    @APIResponse(responseCode = "200", description = "One page of the uploaded versions, newest first",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageSchemas.RegistryVersions.class),
                    examples = @ExampleObject(name = "example", value = ApiExamples.REGISTRY_VERSIONS)))
    public Page<VersionView> versions(@PathParam("kind") String kind, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor, @QueryParam("total") Boolean total) {
        return service.versions(kind, PageRequest.of(limit, cursor, total));
    }

    @DELETE
    @Path("registry/{kind}/versions/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw an uploaded version; if it was in use, the previous version or the bundled snapshot takes over")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response deleteVersion(@PathParam("kind") String kind, @PathParam("id") UUID id) {
        service.deleteVersion(kind, id);
        return Response.noContent().build();
    }

    private static void requireCsv(String contentType) {
        if (contentType == null) {
            return;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!CSV_TYPES.contains(type)) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported Media Type",
                    "Send the IEEE file as text/csv (got " + type + ")", List.of());
        }
    }

    private static boolean flag(String field, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(field, "'" + value + "' is not true or false");
        };
    }
}
