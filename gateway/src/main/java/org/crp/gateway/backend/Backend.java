package org.crp.gateway.backend;

import java.net.URI;

import org.crp.gateway.config.GatewayConfig;

import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** One service behind the gateway, with its circuit breaker. */
public final class Backend {

    private final String name;
    private final GatewayConfig.Backend config;
    private final CircuitBreaker breaker;
    private final long openForMillis;
    private volatile long openUntil;

    Backend(String name, GatewayConfig.Backend config, CircuitBreaker breaker, long openForMillis) {
        this.name = name;
        this.config = config;
        this.breaker = breaker;
        this.openForMillis = openForMillis;
        breaker.openHandler(v -> openUntil = System.currentTimeMillis() + openForMillis);
    }

    public String name() {
        return name;
    }

    /** How callers and logs name it: {@code inventory-service}. */
    public String serviceName() {
        return name + "-service";
    }

    public GatewayConfig.Backend config() {
        return config;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public boolean isOpen() {
        return breaker.state() == CircuitBreakerState.OPEN;
    }

    /** Whole seconds until an open breaker lets a trial call through. */
    public long retryAfterSeconds() {
        long millis = openUntil - System.currentTimeMillis();
        return Math.max(1L, (Math.min(Math.max(millis, 0L), openForMillis) + 999L) / 1000L);
    }

    /**
     * Options to call {@code uri} (path and query) on this backend with its connect timeout, failing with a
     * timeout when the backend stays silent for {@code idleTimeoutMillis}.
     */
    public RequestOptions request(HttpMethod method, String uri, long idleTimeoutMillis) {
        URI url = config.url();
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : (tls ? 443 : 80);
        return new RequestOptions().setMethod(method).setHost(url.getHost()).setPort(port).setSsl(tls).setURI(uri)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(idleTimeoutMillis);
    }
}
