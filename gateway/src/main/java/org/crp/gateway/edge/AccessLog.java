package org.crp.gateway.edge;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.crp.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * One line per request under the logger category {@code crp.access}, written when the answer ends (or
 * the connection breaks): request id, subject, method, route (the path, never the query), status,
 * latency and backend. The fields are also the line's MDC, so the production JSON log carries them
 * as {@code mdc.subject}, {@code mdc.status}, ... next to its own timestamp. Health and metrics probes
 * ({@code /q/**}) are left out.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CATEGORY = "crp.access";
    static final String BACKEND_KEY = "crp.backend";
    private static final String LOGGED_KEY = "crp.accessLogged";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    void register(@Observes Filters filters, GatewayConfig config) {
        if (!config.accessLog().enabled()) {
            return;
        }
        filters.register(ctx -> {
            String path = ctx.request().path();
            // A reroute (Swagger UI's index page, for one) passes the filters again: still one line.
            if ((path == null || !path.startsWith("/q/")) && ctx.get(LOGGED_KEY) == null) {
                ctx.put(LOGGED_KEY, Boolean.TRUE);
                long started = System.nanoTime();
                ctx.addEndHandler(ended -> write(ctx, started, ended.failed()));
            }
            ctx.next();
        }, RequestIds.PRIORITY - 2);
    }

    /** Names the backend a request went to, for its access-log line. */
    public static void backend(RoutingContext ctx, String name) {
        ctx.put(BACKEND_KEY, name);
    }

    static void write(RoutingContext ctx, long started, boolean broken) {
        Map<String, String> fields = fields(ctx, started, broken);
        fields.forEach(MDC::put);
        try {
            LOG.info(line(fields));
        } finally {
            fields.keySet().forEach(key -> {
                if (!"requestId".equals(key)) {
                    MDC.remove(key);
                }
            });
        }
    }

    static Map<String, String> fields(RoutingContext ctx, long started, boolean broken) {
        double latencyMs = Math.round((System.nanoTime() - started) / 10_000d) / 100d;
        Caller caller = Caller.of(ctx);
        String subject = caller != null && caller.subject() != null ? caller.subject() : "-";
        String backend = ctx.get(BACKEND_KEY) != null ? ctx.<String>get(BACKEND_KEY) : "-";
        String requestId = RequestIds.of(ctx);
        return new java.util.LinkedHashMap<>(Map.of(
                "requestId", requestId == null ? "-" : requestId,
                "subject", subject,
                "method", ctx.request().method().name(),
                "route", ctx.request().path(),
                "status", Integer.toString(ctx.response().getStatusCode()),
                "latencyMs", Double.toString(latencyMs),
                "backend", backend,
                "outcome", broken ? "connection-closed" : "answered"));
    }

    static String line(Map<String, String> f) {
        return f.get("method") + " " + f.get("route") + " " + f.get("status") + " " + f.get("latencyMs") + "ms subject="
                + f.get("subject") + " backend=" + f.get("backend") + " requestId=" + f.get("requestId")
                + ("answered".equals(f.get("outcome")) ? "" : " " + f.get("outcome"));
    }
}
