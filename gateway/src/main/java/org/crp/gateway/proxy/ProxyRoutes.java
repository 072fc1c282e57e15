package org.crp.gateway.proxy;

import java.net.ConnectException;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.crp.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards each service's prefix to it with vertx-http-proxy, streaming bodies both ways. The
 * token is verified first (the request body waits, paused, meanwhile) and passed on unchanged.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String REQUEST_ID_KEY = "crp.requestId";

    private static final Pattern WELL_FORMED_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:\\-]{8,128}");
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    void register(@Observes Router router, Vertx vertx, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(200));
        for (Map.Entry<String, GatewayConfig.Backend> entry : config.backends().entrySet()) {
            GatewayConfig.Backend backend = entry.getValue();
            router.routeWithRegex(Pattern.quote(backend.prefix()) + "(/.*)?")
                    .handler(ctx -> forward(ctx, entry.getKey(), backend, client));
        }
        router.route("/api/*").last().handler(ctx -> Problems.send(ctx, 404, "not-found", "Not Found",
                "No service serves " + ctx.request().path() + "; the API lives under /api/inventory, /api/replacement and /api/supplier"));
    }

    private void forward(RoutingContext ctx, String name, GatewayConfig.Backend backend, HttpClient client) {
        String incoming = ctx.request().getHeader(REQUEST_ID_HEADER);
        // Same rule as the services' (crp-common RequestIds): printable token characters only.
        String requestId = incoming != null && WELL_FORMED_REQUEST_ID.matcher(incoming).matches() ? incoming
                : UUID.randomUUID().toString();
        ctx.put(REQUEST_ID_KEY, requestId);
        ctx.response().putHeader(REQUEST_ID_HEADER, requestId);
        ctx.request().pause();
        identity(ctx).subscribe().with(identity -> {
            if (identity.isAnonymous()) {
                Problems.send(ctx, 401, "unauthenticated", "Authentication required",
                        "Send a valid bearer token from the crp realm in the Authorization header");
            } else {
                proxy(ctx, name, backend, client, requestId);
            }
        }, failure -> {
            if (failure instanceof AuthenticationFailedException) {
                Problems.send(ctx, 401, "unauthenticated", "Authentication required",
                        "The bearer token is invalid or expired; get a new one from the crp realm");
            } else {
                LOG.errorf(failure, "Token verification failed [requestId=%s]", requestId);
                Problems.send(ctx, 503, "auth-unavailable", "Authentication unavailable",
                        "The token could not be verified right now; retry shortly");
            }
        });
    }

    private static Uni<SecurityIdentity> identity(RoutingContext ctx) {
        // The failure is answered below as problem+json, not by Quarkus' default bare 401.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (c, t) -> {
        });
        return QuarkusHttpUser.getSecurityIdentity(ctx, null);
    }

    private void proxy(RoutingContext ctx, String name, GatewayConfig.Backend backend, HttpClient client,
            String requestId) {
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(ctx.request());
        proxyRequest.putHeader(REQUEST_ID_HEADER, requestId);
        int port = backend.url().getPort() > 0 ? backend.url().getPort() : 80;
        RequestOptions options = new RequestOptions().setHost(backend.url().getHost()).setPort(port)
                .setIdleTimeout(backend.timeout().toMillis());
        client.request(options)
                .compose(proxyRequest::send)
                .compose(ProxyResponse::send)
                .onFailure(failure -> {
                    proxyRequest.release();
                    backendFailed(ctx, name, failure, requestId);
                });
    }

    private static void backendFailed(RoutingContext ctx, String name, Throwable failure, String requestId) {
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            Problems.send(ctx, 504, "backend-timeout", "Backend timeout", name + "-service did not answer in time");
        } else if (failure instanceof ConnectException) {
            Problems.send(ctx, 503, "backend-unavailable", "Backend unavailable",
                    name + "-service is not reachable; retry shortly");
        } else {
            LOG.warnf("Forwarding to %s failed [requestId=%s]: %s", name, requestId, failure.toString());
            Problems.send(ctx, 502, "bad-gateway", "Bad gateway", name + "-service failed to answer");
        }
    }
}
