package org.crp.supplier.dossier;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.crp.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A case's dossier. The Accept header alone chooses the form: {@code application/pdf} gets the PDF,
 * {@code application/json}, a wildcard or no Accept gets JSON; anything else is 406.
 */
@Path("/api/supplier/cases/{id}/dossier")
@Tag(name = "Case dossier")
@RolesAllowed({ Roles.LEGAL_COUNSEL, Roles.AUDITOR, Roles.ADMIN, Roles.SERVICE })
public class DossierResource {

    public static final String PDF = "application/pdf";

    private final DossierAssembler assembler;

    DossierResource(DossierAssembler assembler) {
        this.assembler = assembler;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, PDF })
    @Operation(summary = "Export a case as one dossier: summary, timeline, deadlines, evidence with custody and chain "
            + "verification, legal holds with their delivery; Accept: application/pdf for the PDF, application/json "
            + "(or none) for JSON (legal-counsel, auditor, admin, service)",
            description = "Roles: legal-counsel, auditor, admin, service. The form is chosen by the Accept header only; "
                    + "the PDF comes as an attachment named <case number>-dossier.pdf.")
    @APIResponse(responseCode = "200", description = "The dossier", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dossier.class),
                    examples = @ExampleObject(name = "dossier", value = DossierExamples.DOSSIER)),
            @Content(mediaType = PDF, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"), examples = @ExampleObject(name = "pdf", value = "%PDF-1.5 ... (binary)")) })
    public Response dossier(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        if (wantsPdf(headers)) {
            return Response.ok(assembler.pdf(id), PDF)
                    .header("Content-Disposition", "attachment; filename=\"" + assembler.fileName(id) + "\"").build();
        }
        return Response.ok(assembler.json(id), MediaType.APPLICATION_JSON).build();
    }

    /** The caller's most preferred acceptable form; a wildcard means JSON. */
    static boolean wantsPdf(HttpHeaders headers) {
        MediaType pdf = MediaType.valueOf(PDF);
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype()) {
                if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return false;
                }
                if (accepted.isCompatible(pdf)) {
                    return true;
                }
            } else if (accepted.isCompatible(pdf)) {
                return true;
            } else if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
