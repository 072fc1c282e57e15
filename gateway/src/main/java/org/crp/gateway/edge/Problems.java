package org.crp.gateway.edge;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own answers, in the same RFC 9457 shape as the services' answers. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        send(ctx, status, type, title, detail, 0L);
    }

    /** @param retryAfterSeconds sent as {@code Retry-After} when positive */
    public static void send(RoutingContext ctx, int status, String type, String title, String detail,
            long retryAfterSeconds) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        if (ctx.response().headWritten()) {
            // Too late for a problem: the caller must see a broken answer rather than a truncated one.
            ctx.response().reset();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", "/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path());
        String requestId = RequestIds.of(ctx);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE);
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"crp\"");
        }
        if (!ctx.request().isEnded() && "100-continue".equalsIgnoreCase(ctx.request().getHeader("Expect"))) {
            // Refused before the caller sent its body: the connection cannot be reused for the next request.
            ctx.response().putHeader("Connection", "close");
        }
        if (retryAfterSeconds > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
        ctx.response().end(body.encode());
    }
}
