package org.crp.gateway.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.crp.gateway.config.GatewayConfig;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Token buckets per caller (token subject, or client address without a token), in memory. Each replica
 * counts on its own, so with N gateway replicas a caller may reach N times the configured rate.
 */
@ApplicationScoped
public class RateLimiter {

    private final boolean enabled;
    private final double burst;
    private final double ratePerSecond;
    private final int maxCallers;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket overflow;

    @Inject
    public RateLimiter(GatewayConfig config) {
        this(config.rateLimit().enabled(), config.rateLimit().burst(), config.rateLimit().ratePerSecond(),
                config.rateLimit().maxCallers(), System::nanoTime);
    }

    RateLimiter(boolean enabled, double burst, double ratePerSecond, int maxCallers, LongSupplier clock) {
        if (enabled && (burst < 1 || ratePerSecond <= 0)) {
            throw new IllegalArgumentException("crp.gateway.rate-limit needs burst >= 1 and rate-per-second > 0");
        }
        this.enabled = enabled;
        this.burst = burst;
        this.ratePerSecond = ratePerSecond;
        this.maxCallers = maxCallers;
        this.clock = clock;
        // Callers beyond maxCallers share one bucket as big as 10 callers' until idle callers are forgotten.
        this.overflow = new TokenBucket(burst * 10, ratePerSecond * 10, clock.getAsLong());
    }

    /**
     * @return 0 if the call may go ahead, otherwise the whole seconds the caller should wait (Retry-After)
     */
    public long acquire(String caller) {
        if (!enabled) {
            return 0L;
        }
        long now = clock.getAsLong();
        TokenBucket bucket = buckets.get(caller);
        if (bucket == null) {
            bucket = buckets.size() < maxCallers
                    ? buckets.computeIfAbsent(caller, k -> new TokenBucket(burst, ratePerSecond, now))
                    : overflow;
        }
        long waitNanos = bucket.tryTake(now);
        return waitNanos == 0L ? 0L : Math.max(1L, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }

    void sweepRegularly(@Observes StartupEvent started, Vertx vertx) {
        if (enabled) {
            vertx.setPeriodic(30_000L, id -> forgetQuietCallers());
        }
    }

    /** Forgets buckets that are full again, so that memory follows the active callers. */
    void forgetQuietCallers() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    int trackedCallers() {
        return buckets.size();
    }
}
