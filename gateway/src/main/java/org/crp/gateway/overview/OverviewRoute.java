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
        // it takes no parameters: a typo (a filter it does not have) is told, as the services tell theirs
        if (!ctx.queryParams().isEmpty()) {
            Problems.send(ctx, 400, "bad-request", "Bad request", "GET /api/overview takes no query parameters; "
                    + "it was given " + String.join(", ", new java.util.TreeSet<>(ctx.queryParams().names())));
            return;
        }
        overview.overview(ctx.request().getHeader("Authorization"), RequestIds.of(ctx), Caller.of(ctx).roles())
                .onSuccess(body -> ctx.response().putHeader("Content-Type", "application/json").end(body.encode()))
                .onFailure(failure -> Problems.send(ctx, 500, "internal", "Internal error",
                        "The overview could not be assembled"));
    }
}
