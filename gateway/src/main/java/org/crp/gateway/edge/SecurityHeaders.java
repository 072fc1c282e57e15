package org.crp.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.crp.gateway.config.GatewayConfig;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every answer, the gateway's own and the services' alike, set just before the
 * head is written. API answers also get a locked-down Content-Security-Policy and, unless the service
 * chose its own, {@code Cache-Control: no-store}.
 */
@ApplicationScoped
public class SecurityHeaders {

    void register(@Observes Filters filters, GatewayConfig config) {
        GatewayConfig.Headers headers = config.headers();
        // Before CORS (300) and authentication (200), so that their refusals carry the headers too.
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(ctx, headers));
            ctx.next();
        }, RequestIds.PRIORITY - 1);
    }

    private static void apply(RoutingContext ctx, GatewayConfig.Headers config) {
        MultiMap headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (config.hsts()) {
            headers.set("Strict-Transport-Security", config.hstsValue());
        }
        String path = ctx.request().path();
        if (path != null && path.startsWith("/api/")) {
            headers.set("Content-Security-Policy", config.apiContentSecurityPolicy());
            if (!headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
        }
    }
}
