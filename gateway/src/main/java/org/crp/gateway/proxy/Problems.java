package org.crp.gateway.proxy;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own answers, in the same RFC 9457 shape as the services' answers. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", "/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path());
        String requestId = ctx.get(ProxyRoutes.REQUEST_ID_KEY);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE);
        if (status == 401) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"crp\"");
        }
        ctx.response().end(body.encode());
    }
}
