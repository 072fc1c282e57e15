package org.crp.common.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this instance has verified, with the identity OIDC made of each, until the token expires (at most
 * {@code crp.security.token-cache.max-ttl}). A signed JWT that passed once passes again until its {@code exp}:
 * local verification never asks Keycloak about revocation, so remembering the outcome changes no decision. It
 * saves, per call, an RSA signature check and the parse of the token, whose JSON parser alone allocates about
 * 200 KB (most of what a read allocated before, and so most of its garbage collections).
 * <p>
 * Asked before OIDC (higher priority); on a miss it lets OIDC verify and remembers only a success, keyed by the
 * whole token, so a token changed in any byte is verified afresh. A remembered identity is handed out as a copy
 * that carries the current request; role augmentors run on it as on a fresh one. Only HTTP requests use it. At
 * most {@code max-entries} tokens are kept (0: none); beyond that, new tokens are verified every time until old
 * ones expire.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private record Entry(SecurityIdentity identity, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final OidcIdentityProvider oidc;
    private final int maxEntries;
    private final long maxTtlMillis;

    VerifiedTokens(OidcIdentityProvider oidc,
            @ConfigProperty(name = "crp.security.token-cache.max-entries", defaultValue = "10000") int maxEntries,
            @ConfigProperty(name = "crp.security.token-cache.max-ttl", defaultValue = "60s") Duration maxTtl) {
        this.oidc = oidc;
        this.maxEntries = maxEntries;
        this.maxTtlMillis = maxTtl.toMillis();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (token == null || routingContext == null) {
            return oidc.authenticate(request, context);
        }
        Entry known = entries.get(token);
        if (known != null && System.currentTimeMillis() < known.expiresAt()) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known.identity())
                    .addAttribute(RoutingContext.class.getName(), routingContext)
                    .addAttribute(AuthenticationRequestContext.class.getName(), context)
                    .build());
        }
        if (known != null) {
            entries.remove(token, known);
        }
        return oidc.authenticate(request, context).invoke(identity -> remember(token, identity));
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long now = System.currentTimeMillis();
        long expiresAt = Math.min(jwt.getExpirationTime() * 1000L, now + maxTtlMillis);
        if (expiresAt <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> now >= entry.expiresAt());
        }
        if (entries.size() < maxEntries) {
            entries.put(token, new Entry(identity, expiresAt));
        }
    }

    /** How many tokens are remembered now (for tests and diagnostics). */
    public int size() {
        return entries.size();
    }
}
