package org.crp.gateway.backend;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.crp.gateway.config.GatewayConfig;

import io.netty.channel.EventLoop;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.impl.ContextInternal;

/**
 * The configured services, a breaker each, and HTTP clients with kept-alive connections to all of them:
 * one client per event loop, so that a forwarded call and the connection that carries it share a thread.
 * (With one client for all, a call would often get a connection of another event loop, and every event of
 * its answer would be handed across threads.) Calls from elsewhere (workers) share one more client.
 */
@ApplicationScoped
public class Backends {

    private final Map<String, Backend> byName = new TreeMap<>();
    private final Vertx vertx;
    private final Map<EventLoop, HttpClient> byEventLoop = new ConcurrentHashMap<>();
    private final HttpClient shared;

    @Inject
    public Backends(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.shared = newClient();
        GatewayConfig.Breaker breaker = config.circuitBreaker();
        CircuitBreakerOptions options = new CircuitBreakerOptions()
                .setMaxFailures(breaker.failureThreshold())
                .setFailuresRollingWindow(breaker.failureWindow().toMillis())
                .setResetTimeout(breaker.openFor().toMillis())
                // The gateway times calls itself (per backend); the breaker only counts outcomes.
                .setTimeout(-1)
                .setNotificationAddress(null);
        config.backends().forEach((name, backend) -> byName.put(name, new Backend(name, backend,
                CircuitBreaker.create("backend-" + name, vertx, options), breaker.openFor().toMillis())));
    }

    private HttpClient newClient() {
        return vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setName("crp-gateway-backends"),
                new PoolOptions().setHttp1MaxSize(200));
    }

    public Collection<Backend> all() {
        return byName.values();
    }

    public Optional<Backend> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The client for the calling thread: its event loop's own, else the shared one. */
    public HttpClient client() {
        if (Vertx.currentContext() instanceof ContextInternal context && context.isEventLoopContext()) {
            return byEventLoop.computeIfAbsent(context.nettyEventLoop(), loop -> newClient());
        }
        return shared;
    }

    @PreDestroy
    void close() {
        byName.values().forEach(b -> b.breaker().close());
        byEventLoop.values().forEach(HttpClient::close);
        shared.close();
    }
}
