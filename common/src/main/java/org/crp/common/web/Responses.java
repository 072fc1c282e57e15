package org.crp.common.web;

import java.util.UUID;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answers resources give: 201 with Location (and ETag), or 200 with the version as ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response created(UriInfo uri, UUID id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(entity).build();
    }

    public static Response created(UriInfo uri, UUID id, long version, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).tag(ETags.of(version))
                .entity(entity).build();
    }

    public static Response tagged(Object entity, long version) {
        return Response.ok(entity).tag(ETags.of(version)).build();
    }
}
