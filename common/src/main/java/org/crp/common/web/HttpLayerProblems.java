package org.crp.common.web;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Failures that happen before a request reaches a resource (a malformed URI, a body over the size
 * limit) would be answered by Quarkus or Vert.x with an empty or HTML body; these handlers, first on
 * every request, give them the same problem+json shape as everything else.
 * <p>
 * Two answers stay bare: a request line over {@code quarkus.http.limits.max-initial-line-length} (414) and
 * headers over {@code max-header-size} (431) are refused by Vert.x's HTTP decoder before any handler
 * runs, and Quarkus 3.33 offers no hook for that answer (quarkusio/quarkus#55082).
 */
@ApplicationScoped
public class HttpLayerProblems {

    /** The largest request body a service takes; the Quarkus limit above it only catches chunked bodies. */
    @ConfigProperty(name = "crp.http.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    /** Paths that take bulk uploads (streamed, never held whole), and the larger body they may have. */
    @ConfigProperty(name = "crp.http.bulk-paths")
    Optional<Set<String>> bulkPaths;

    @ConfigProperty(name = "crp.http.bulk-max-body-size", defaultValue = "10M")
    MemorySize bulkMaxBodySize;

    void register(@Observes Router router) {
        Set<String> bulk = bulkPaths.orElse(Set.of());
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            Optional<String> malformed = MalformedUris.problem(ctx.request().uri());
            if (malformed.isPresent()) {
                send(ctx, 400, "/problems/malformed-uri", "Bad request", malformed.get());
                return;
            }
            long limit = (bulk.contains(ctx.request().path()) ? bulkMaxBodySize : maxBodySize).asLongValue();
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
                default -> status >= 500 ? "The server failed unexpectedly; quote the request id when reporting it"
                        : "The request could not be processed";
            };
            send(ctx, status, detail);
        });
    }

    private static void send(RoutingContext ctx, int status, String detail) {
        send(ctx, status, "/problems/http-" + status, status == 413 ? "Request body too large" : "Request refused", detail);
    }

    private static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        String requestId = RequestIds.keepOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        JsonObject body = new JsonObject().put("type", type).put("title", title)
                .put("status", status).put("detail", detail).put("instance", ctx.request().path())
                .put("requestId", requestId);
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .putHeader(RequestIds.HEADER, requestId).end(body.encode());
    }
}
