package org.crp.gateway.openapi;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.edge.Problems;

import io.vertx.ext.web.RoutingContext;

/** {@code GET /api/openapi}, without a token: the merged document Swagger UI at {@code /docs} shows. */
@ApplicationScoped
public class OpenApiRoute {

    private final OpenApiService openapi;

    OpenApiRoute(OpenApiService openapi) {
        this.openapi = openapi;
    }

    public void handle(RoutingContext ctx) {
        openapi.document()
                .onSuccess(document -> ctx.response().putHeader("Content-Type", "application/json")
                        .end(document.toBuffer()))
                .onFailure(failure -> Problems.send(ctx, 500, "internal", "Internal error",
                        "The API description could not be assembled"));
    }
}
