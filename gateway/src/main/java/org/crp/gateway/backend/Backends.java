package org.crp.gateway.backend;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.crp.gateway.config.GatewayConfig;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/** The configured services, one HTTP client with kept-alive connections to all of them, a breaker each. */
@ApplicationScoped
public class Backends {

    private final Map<String, Backend> byName = new TreeMap<>();
    private final HttpClient client;

    @Inject
    public Backends(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true).setName("crp-gateway-backends"),
                new PoolOptions().setHttp1MaxSize(200));
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

    public Collection<Backend> all() {
        return byName.values();
    }

    public Optional<Backend> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public HttpClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        byName.values().forEach(b -> b.breaker().close());
        client.close();
    }
}
