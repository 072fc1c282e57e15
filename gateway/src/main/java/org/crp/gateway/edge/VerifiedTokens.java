package org.crp.gateway.edge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.crp.gateway.config.GatewayConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;

/**
 * Tokens this replica has verified, with the caller they stand for, until the token expires (at most
 * {@code max-ttl}). A signed JWT verified once stays valid until its {@code exp}: local verification
 * never asks Keycloak about revocation, so remembering the outcome changes no decision and saves an RSA
 * signature check and a JSON parse per call. Only successes are remembered, keyed by the whole
 * Authorization header, and only what the edge needs (subject, roles).
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Entry(Caller caller, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int maxEntries;
    private final long maxTtlMillis;

    VerifiedTokens(GatewayConfig config) {
        this.enabled = config.tokenCache().enabled();
        this.maxEntries = config.tokenCache().maxEntries();
        this.maxTtlMillis = config.tokenCache().maxTtl().toMillis();
    }

    Caller get(String authorization) {
        if (!enabled) {
            return null;
        }
        Entry entry = entries.get(authorization);
        if (entry == null) {
            return null;
        }
        if (System.currentTimeMillis() >= entry.expiresAt()) {
            entries.remove(authorization, entry);
            return null;
        }
        return entry.caller();
    }

    void remember(String authorization, SecurityIdentity identity, Caller caller) {
        if (!enabled || !caller.authenticated() || entries.size() >= maxEntries
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long expiresAt = Math.min(jwt.getExpirationTime() * 1000L, now + maxTtlMillis);
        if (expiresAt > now) {
            entries.put(authorization, new Entry(caller, expiresAt));
        }
    }

    void sweepRegularly(@Observes StartupEvent started, Vertx vertx) {
        if (enabled) {
            vertx.setPeriodic(Math.max(1_000L, maxTtlMillis / 2), id -> {
                long now = System.currentTimeMillis();
                entries.values().removeIf(entry -> now >= entry.expiresAt());
            });
        }
    }

    int size() {
        return entries.size();
    }
}
