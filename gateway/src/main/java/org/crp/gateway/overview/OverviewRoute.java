package org.crp.gateway.overview;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.edge.Caller;
import org.crp.gateway.edge.Problems;
import org.crp.gateway.edge.RequestIds;

import io.vertx.ext.web.RoutingContext;

/** {@code GET /api/overview}; the edge checks (token, rate, role policy) run before it. */
@ApplicationScoped
public class OverviewRoute {

    private final OverviewService overview;

    OverviewRoute(OverviewService overview) {
        this.overview = overview;
    }

    public void handle(RoutingContext ctx) {
        overview.overview(ctx.request().getHeader("Authorization"), RequestIds.of(ctx), Caller.of(ctx).roles())
                .onSuccess(body -> ctx.response().putHeader("Content-Type", "application/json").end(body.encode()))
                .onFailure(failure -> Problems.send(ctx, 500, "internal", "Internal error",
                        "The overview could not be assembled"));
    }
}
