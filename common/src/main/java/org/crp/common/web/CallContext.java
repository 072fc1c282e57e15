package org.crp.common.web;

import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.quarkus.arc.Arc;

/**
 * Who a call to another service is made for, and under which request id: the running request's caller and id, or,
 * when an outbox relay delivers a call later, what its row recorded when the call was queued. The services' REST
 * clients send both ({@link CallContextHeaders}); the receiving service keeps the request id and records its
 * changes as {@code "pm via service-account-replacement-service"} ({@link Actor#subject()}), so that a change made
 * through another service is traced to the person and the request that caused it.
 */
public final class CallContext {

    public static final String ACTING_FOR = "X-Acting-For";
    private static final String MDC_ACTING_FOR = "actingFor";
    /** A subject as Actor writes it: printable, no control characters, short enough for a history row. */
    private static final Pattern WELL_FORMED = Pattern.compile("[\\p{L}\\p{N}._@+:\\- ]{1,100}");

    public record Current(String requestId, String actingFor) {
    }

    private CallContext() {
    }

    /** The running request's id and caller; outside a request, what {@link #as} set (a relay's row), else nulls. */
    public static Current current() {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Object actingFor = MDC.get(MDC_ACTING_FOR);
        if (actingFor == null && Arc.container() != null && Arc.container().requestContext().isActive()) {
            Actor actor = Arc.container().instance(Actor.class).get();
            actingFor = actor.isAnonymous() ? null : actor.subject(); // a scheduled job acts for nobody
        }
        return new Current(requestId == null ? null : requestId.toString(), actingFor == null ? null : actingFor.toString());
    }

    /** Makes the calls of this thread carry a queued call's request id and caller until the scope is closed. */
    public static Scope as(String requestId, String actingFor) {
        Object previousId = MDC.get(RequestIds.MDC_KEY);
        Object previousFor = MDC.get(MDC_ACTING_FOR);
        put(RequestIds.MDC_KEY, requestId);
        put(MDC_ACTING_FOR, actingFor);
        return () -> {
            put(RequestIds.MDC_KEY, previousId);
            put(MDC_ACTING_FOR, previousFor);
        };
    }

    public static boolean isWellFormed(String actingFor) {
        return actingFor != null && WELL_FORMED.matcher(actingFor).matches();
    }

    private static void put(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Restores what the thread carried before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
