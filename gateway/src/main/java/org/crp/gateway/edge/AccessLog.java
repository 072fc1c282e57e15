package org.crp.gateway.edge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.crp.gateway.config.GatewayConfig;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Logger;

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

    /**
     * The line goes to the log manager as a record that carries its fields as its MDC: the same JSON as
     * putting each field into the thread's MDC and taking it out again, without the eight round trips.
     */
    static void write(RoutingContext ctx, long started, boolean broken) {
        if (!LOG.isLoggable(Level.INFO)) {
            return;
        }
        Map<String, String> fields = fields(ctx, started, broken);
        ExtLogRecord record = new ExtLogRecord(Level.INFO, line(fields), ExtLogRecord.FormatStyle.NO_FORMAT,
                AccessLog.class.getName());
        record.setLoggerName(CATEGORY);
        record.setMdc(fields);
        LOG.logRaw(record);
    }

    static Map<String, String> fields(RoutingContext ctx, long started, boolean broken) {
        double latencyMs = Math.round((System.nanoTime() - started) / 10_000d) / 100d;
        Caller caller = Caller.of(ctx);
        String backend = ctx.get(BACKEND_KEY);
        String requestId = RequestIds.of(ctx);
        Map<String, String> fields = new LinkedHashMap<>(16);
        fields.put("requestId", requestId == null ? "-" : requestId);
        fields.put("subject", caller != null && caller.subject() != null ? caller.subject() : "-");
        fields.put("method", ctx.request().method().name());
        fields.put("route", ctx.request().path());
        fields.put("status", Integer.toString(ctx.response().getStatusCode()));
        fields.put("latencyMs", Double.toString(latencyMs));
        fields.put("backend", backend == null ? "-" : backend);
        fields.put("outcome", broken ? "connection-closed" : "answered");
        return fields;
    }

    static String line(Map<String, String> f) {
        return f.get("method") + " " + f.get("route") + " " + f.get("status") + " " + f.get("latencyMs") + "ms subject="
                + f.get("subject") + " backend=" + f.get("backend") + " requestId=" + f.get("requestId")
                + ("answered".equals(f.get("outcome")) ? "" : " " + f.get("outcome"));
    }
}
