package org.crp.gateway.edge;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.limit.RateLimiter;
import org.crp.gateway.policy.RoutePolicy;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

/**
 * The checks in front of every API route, in this order: who calls (the token is verified here, with
 * proactive authentication off, while the request body waits paused), whether the caller is within its
 * rate, whether it is authenticated at all, and whether the route policy lets its roles in.
 */
@ApplicationScoped
public class EdgeGuards {

    private static final Logger LOG = Logger.getLogger(EdgeGuards.class);
    private static final BiConsumer<RoutingContext, Throwable> ANSWERED_BELOW = (c, t) -> {
    };

    private final RateLimiter rateLimiter;
    private final RoutePolicy policy;
    private final VerifiedTokens verifiedTokens;

    EdgeGuards(RateLimiter rateLimiter, RoutePolicy policy, VerifiedTokens verifiedTokens) {
        this.rateLimiter = rateLimiter;
        this.policy = policy;
        this.verifiedTokens = verifiedTokens;
    }

    /** Resolves the caller; never answers by itself. */
    public void identify(RoutingContext ctx) {
        ctx.request().pause();
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null) {
            ctx.put(Caller.KEY, Caller.NOBODY);
            ctx.next();
            return;
        }
        Caller known = verifiedTokens.get(authorization);
        if (known != null) {
            ctx.put(Caller.KEY, known);
            ctx.next();
            return;
        }
        // A refused token is answered as problem+json below, not by Quarkus' bare 401.
        ctx.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, ANSWERED_BELOW);
        QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> {
            Caller caller = Caller.of(identity);
            if (caller.authenticated()) {
                verifiedTokens.remember(authorization, identity, caller);
            }
            ctx.put(Caller.KEY, caller);
            ctx.next();
        }, failure -> {
            ctx.put(Caller.KEY, Caller.refused(failure));
            ctx.next();
        });
    }

    /** 429 with Retry-After for a caller (token subject, else client address) beyond its rate. */
    public void limitRate(RoutingContext ctx) {
        Caller caller = Caller.of(ctx);
        String key = caller != null && caller.authenticated() ? "sub:" + caller.subject()
                : "addr:" + ctx.request().remoteAddress().hostAddress();
        long retryAfter = rateLimiter.acquire(key);
        if (retryAfter > 0) {
            Problems.send(ctx, 429, "rate-limited", "Too many requests",
                    "Request rate limit reached; retry after " + retryAfter + " s", retryAfter);
            return;
        }
        ctx.next();
    }

    /** 401 without a valid token; 503 when the token could not be checked at all. */
    public void requireAuthenticated(RoutingContext ctx) {
        Caller caller = Caller.of(ctx);
        if (caller != null && caller.authenticated()) {
            ctx.next();
        } else if (caller == null || caller.failure() == null) {
            Problems.send(ctx, 401, "unauthenticated", "Authentication required",
                    "Send a valid bearer token from the crp realm in the Authorization header");
        } else if (caller.failure() instanceof AuthenticationFailedException || malformedBearerToken(caller.failure())) {
            Problems.send(ctx, 401, "unauthenticated", "Authentication required",
                    "The bearer token is invalid or expired; get a new one from the crp realm");
        } else {
            LOG.errorf(caller.failure(), "Token verification failed [requestId=%s]", RequestIds.of(ctx));
            Problems.send(ctx, 503, "auth-unavailable", "Authentication unavailable",
                    "The token could not be verified right now; retry shortly", 5);
        }
    }

    /**
     * Quarkus OIDC fails on a bearer token with an empty part (".", "a..b") with a NoSuchElementException
     * from its own token reader instead of refusing it: that token is the caller's mistake, not an outage.
     */
    static boolean malformedBearerToken(Throwable failure) {
        return failure instanceof java.util.NoSuchElementException && java.util.Arrays.stream(failure.getStackTrace())
                .anyMatch(f -> f.getClassName().startsWith("io.quarkus.oidc."));
    }

    /** 403 unless the route policy admits one of the caller's roles for this method and path. */
    public void authorize(RoutingContext ctx) {
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        if (policy.allows(method, path, Caller.of(ctx).roles())) {
            ctx.next();
        } else {
            Problems.send(ctx, 403, "forbidden", "Forbidden",
                    "Your roles do not allow " + method + " " + path);
        }
    }
}
