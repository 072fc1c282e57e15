package org.crp.gateway.edge;

import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling, as far as the edge knows: a verified token's subject and roles, nobody (no token), or
 * a refused token.
 *
 * @param subject the token's {@code sub} (falling back to the principal name); null without a valid token
 * @param roles the token's realm roles; empty without a valid token
 * @param failure why a presented token was not accepted; null otherwise
 */
public record Caller(String subject, Set<String> roles, Throwable failure) {

    static final String KEY = "crp.caller";
    static final Caller NOBODY = new Caller(null, Set.of(), null);

    static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return NOBODY;
        }
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
        return new Caller(subject, Set.copyOf(identity.getRoles()), null);
    }

    static Caller refused(Throwable failure) {
        return new Caller(null, Set.of(), failure);
    }

    public boolean authenticated() {
        return subject != null;
    }

    public static Caller of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
