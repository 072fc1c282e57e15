package org.crp.gateway.proxy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.crp.gateway.backend.Backend;
import org.crp.gateway.backend.Backends;
import org.crp.gateway.edge.EdgeGuards;
import org.crp.gateway.edge.Problems;
import org.crp.gateway.overview.OverviewRoute;
import org.crp.gateway.openapi.OpenApiRoute;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The API's routes. Each service's prefix goes to that service through the edge checks (canonical path,
 * declared body size, caller, rate, authentication, role policy); the gateway also answers the overview
 * and the merged OpenAPI document itself. No BodyHandler is installed: bodies stream.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Quarkus' own URI check, read once when its HTTP recorder loads: GatewayMain and the tests' build set it. */
    public static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";
    static final String OPENAPI = "/api/openapi";
    static final String OVERVIEW = "/api/overview";

    void register(@Observes Router router, Backends backends, EdgeGuards guards, Forwarder forwarder,
            OverviewRoute overview, OpenApiRoute openapi) {
        // Routes match the normalized path, so /api/inventory/../../etc/passwd would fall through to Quarkus'
        // HTML 404 page as /etc/passwd: refuse dot segments wherever they lead, before any route matches
        // (this route comes first for every request, so the routes below need not check again).
        router.route().order(-2).handler(ProxyRoutes::refuseMalformedUri);
        router.route().order(-1).handler(ProxyRoutes::refuseNonCanonicalPath);
        router.route(OPENAPI).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(guards::limitRate)
                .handler(openapi::handle);
        router.route(OVERVIEW).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(guards::identify)
                .handler(guards::limitRate).handler(guards::requireAuthenticated).handler(guards::authorize)
                .handler(overview::handle);
        for (Backend backend : backends.all()) {
            router.routeWithRegex(Pattern.quote(backend.config().prefix()) + "(/.*)?")
                    .handler(forwarder::refuseDeclaredOversizeBody)
                    .handler(guards::identify)
                    .handler(guards::limitRate)
                    .handler(guards::requireAuthenticated)
                    .handler(guards::authorize)
                    .handler(ctx -> forwarder.forward(ctx, backend));
        }
        // Whatever no route serves (an unknown /api path, or any other, where Vert.x would answer an HTML page)
        router.route().last().handler(ProxyRoutes::notServed);
    }

    /** A 405 naming the methods for the gateway's own paths, else a 404 that says where the API is. */
    static void notServed(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.equals(OPENAPI) || path.equals(OVERVIEW)) {
            ctx.response().putHeader("Allow", "GET, HEAD");
            Problems.send(ctx, 405, "method-not-allowed", "Method Not Allowed",
                    ctx.request().method() + " is not served at " + path + "; it takes GET, HEAD");
            return;
        }
        Problems.send(ctx, 404, "not-found", "Not Found", "Nothing is served at " + path + "; the API lives under"
                + " /api/inventory, /api/replacement and /api/supplier, and is described at /api/openapi and /docs");
    }

    /** What Quarkus' own check refuses (a bare 400), refused with a reason. */
    static void refuseMalformedUri(RoutingContext ctx) {
        try {
            new URI(ctx.request().uri());
        } catch (URISyntaxException e) {
            Problems.send(ctx, 400, "malformed-uri", "Bad request", "The request URI is malformed (" + e.getReason()
                    + " at character " + (e.getIndex() + 1)
                    + "): percent-encode every character outside RFC 3986, and write a literal '%' as %25");
            return;
        }
        ctx.next();
    }

    /**
     * The role policy judges the path it sees, so it must be the path the service will see: dot segments,
     * doubled slashes, path parameters (a service drops ";x" from a segment, so "..;" would become "..") and
     * encoded separators are refused rather than interpreted twice.
     */
    static void refuseNonCanonicalPath(RoutingContext ctx) {
        String path = ctx.request().path();
        if (!path.equals(ctx.normalizedPath()) || path.contains("//") || path.contains("\\") || path.indexOf(';') >= 0
                || containsEncodedSeparator(path)) {
            Problems.send(ctx, 400, "non-canonical-path", "Bad request",
                    "The path must be canonical: no '.' or '..' segments, empty segments, ';' parameters or encoded '/', '\\', '.' or ';'");
            return;
        }
        ctx.next();
    }

    private static boolean containsEncodedSeparator(String path) {
        int i = path.indexOf('%');
        while (i >= 0 && i + 2 < path.length()) {
            String code = path.substring(i + 1, i + 3).toUpperCase();
            if (code.equals("2F") || code.equals("5C") || code.equals("2E") || code.equals("3B")) {
                return true;
            }
            i = path.indexOf('%', i + 1);
        }
        return false;
    }
}
