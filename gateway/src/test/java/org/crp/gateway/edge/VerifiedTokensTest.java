package org.crp.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Set;

import org.crp.gateway.config.GatewayConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;

class VerifiedTokensTest {

    static GatewayConfig.TokenCache settings(boolean enabled, int maxEntries, Duration maxTtl) {
        return new GatewayConfig.TokenCache() {
            public boolean enabled() {
                return enabled;
            }

            public int maxEntries() {
                return maxEntries;
            }

            public Duration maxTtl() {
                return maxTtl;
            }
        };
    }

    static VerifiedTokens tokens(GatewayConfig.TokenCache settings) {
        GatewayConfig config = (GatewayConfig) java.lang.reflect.Proxy.newProxyInstance(GatewayConfig.class.getClassLoader(),
                new Class<?>[] { GatewayConfig.class }, (proxy, method, args) -> {
                    if (method.getName().equals("tokenCache")) {
                        return settings;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new VerifiedTokens(config);
    }

    static QuarkusSecurityIdentity identity(String subject, long expiresAtSeconds) {
        JsonWebToken jwt = new JsonWebToken() {
            public String getName() {
                return subject;
            }

            public Set<String> getClaimNames() {
                return Set.of("sub", "exp");
            }

            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) (name.equals("exp") ? (Object) Long.valueOf(expiresAtSeconds) : name.equals("sub") ? subject : null);
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("auditor").build();
    }

    @Test
    void remembersAVerifiedTokenUntilItExpires() {
        VerifiedTokens tokens = tokens(settings(true, 10, Duration.ofMinutes(5)));
        long now = System.currentTimeMillis() / 1000;
        var live = identity("alice", now + 120);
        tokens.remember("Bearer live", live, Caller.of(live));
        assertEquals(Set.of("auditor"), tokens.get("Bearer live").roles());
        assertEquals("alice", tokens.get("Bearer live").subject());
        assertNull(tokens.get("Bearer other"), "only the very same header");

        var expired = identity("bob", now - 1);
        tokens.remember("Bearer expired", expired, Caller.of(expired));
        assertNull(tokens.get("Bearer expired"));
    }

    @Test
    void forgetsAfterTheMaximumTimeAndRemembersNothingWhenDisabledOrFull() throws InterruptedException {
        long exp = System.currentTimeMillis() / 1000 + 3600;
        VerifiedTokens shortLived = tokens(settings(true, 10, Duration.ofMillis(50)));
        var alice = identity("alice", exp);
        shortLived.remember("Bearer a", alice, Caller.of(alice));
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> shortLived.get("Bearer a") == null);

        VerifiedTokens disabled = tokens(settings(false, 10, Duration.ofMinutes(1)));
        disabled.remember("Bearer a", alice, Caller.of(alice));
        assertNull(disabled.get("Bearer a"));

        VerifiedTokens full = tokens(settings(true, 1, Duration.ofMinutes(1)));
        full.remember("Bearer a", alice, Caller.of(alice));
        full.remember("Bearer b", alice, Caller.of(alice));
        assertEquals(1, full.size());
        assertNull(full.get("Bearer b"));
    }
}
