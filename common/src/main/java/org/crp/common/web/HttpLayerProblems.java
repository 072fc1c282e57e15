package org.crp.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures that happen before a request reaches a resource (a body over the size limit, a
 * malformed request line) are answered by Vert.x; this handler gives them the same problem+json
 * shape as everything else instead of an empty or HTML body.
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** The largest request body a service takes; the Quarkus limit above it only catches chunked bodies. */
    @ConfigProperty(name = "crp.http.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > limit) {
                ctx.response().putHeader("Connection", "close");
                send(ctx, 413, "The request body has " + length + " bytes; this service accepts at most " + limit);
                return;
            }
            ctx.next();
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            if (ctx.response().headWritten() || status < 400) {
                ctx.next();
                return;
            }
            String detail = switch (status) {
                case 413 -> "The request body is larger than this service accepts";
                case 414 -> "The request line is too long";
                case 431 -> "The request headers are too large";
                default -> status >= 500 ? "The server failed unexpectedly; quote the request id when reporting it"
                        : "The request could not be processed";
            };
            send(ctx, status, detail);
        });
    }

    private static void send(RoutingContext ctx, int status, String detail) {
        String requestId = RequestIds.keepOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        JsonObject body = new JsonObject().put("type", "/problems/http-" + status)
                .put("title", status == 413 ? "Request body too large" : "Request refused")
                .put("status", status).put("detail", detail).put("instance", ctx.request().path())
                .put("requestId", requestId);
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .putHeader(RequestIds.HEADER, requestId).end(body.encode());
    }
}
