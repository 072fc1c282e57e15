package org.crp.gateway.edge;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Every answer carries {@code X-Request-Id}: a well-formed incoming one is kept, otherwise one is made.
 * Same rule as the services' (crp-common RequestIds): 8 to 128 of {@code A-Za-z0-9._:-}.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String KEY = "crp.requestId";
    static final int PRIORITY = 10_000;

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:\\-]{8,128}");

    void register(@Observes Filters filters) {
        filters.register(RequestIds::assign, PRIORITY);
    }

    static void assign(RoutingContext ctx) {
        if (ctx.get(KEY) != null) {
            // a reroute passes the filters again: same request, same id
            ctx.next();
            return;
        }
        String incoming = ctx.request().getHeader(HEADER);
        String requestId = incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : newId();
        ctx.put(KEY, requestId);
        ctx.response().putHeader(HEADER, requestId);
        MDC.put("requestId", requestId);
        ctx.next();
    }

    /** A random (version 4) UUID; an id needs to be unique, not secret, so no SecureRandom per request. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
