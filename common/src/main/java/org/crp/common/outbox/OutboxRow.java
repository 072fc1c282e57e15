package org.crp.common.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.crp.common.web.CallContext;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A call to another service, written in the same transaction as the change it announces and delivered
 * later by the service's relay, which claims due rows with {@code FOR UPDATE SKIP LOCKED} so that
 * replicas never send one row twice. Each service maps its {@code outbox_message} table on this, with the
 * columns it needs to find the row's subject; the receiving endpoints are idempotent.
 */
@MappedSuperclass
public abstract class OutboxRow extends PanacheEntityBase {

    static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    public String kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    @Enumerated(EnumType.STRING)
    public OutboxState state;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** The request that queued the call and whom it acted for: the relay sends them along (CallContext). */
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "acting_for")
    public String actingFor;

    /** A new row of this kind, due now, on behalf of the running request's caller. */
    public void queue(String kind, String payload) {
        this.kind = kind;
        this.payload = payload;
        CallContext.Current context = CallContext.current();
        requestId = context.requestId();
        actingFor = context.actingFor();
        state = OutboxState.PENDING;
        attempts = 0;
        createdAt = Instant.now();
        nextAttemptAt = createdAt;
    }

    public void delivered() {
        state = OutboxState.DELIVERED;
        deliveredAt = Instant.now();
        lastError = null;
    }

    /** The other service will never take this call; the reason stays on the row. */
    public void refused(String why) {
        state = OutboxState.REFUSED;
        lastError = truncate(why);
    }

    /** Makes the relay's call carry the request id and caller this row was queued under, until closed. */
    public CallContext.Scope asQueued() {
        return CallContext.as(requestId, actingFor);
    }

    /** Not delivered this time: the next attempt waits {@link #backoff} after this one. */
    public Duration retryLater(String error, OutboxConfig config) {
        Duration wait = backoff(attempts, config.initialBackoff(), config.maxBackoff());
        nextAttemptAt = Instant.now().plus(wait);
        lastError = truncate(error);
        return wait;
    }

    /**
     * Why a call to {@code service} failed, as the row and the people reading it should see it: the
     * client's own message ("inventory answered 503", "inventory could not be reached: ..."), or what a
     * fault-tolerance guard's exception means. Never a class name.
     */
    public static String failure(String service, RuntimeException failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return service + " failed repeatedly and is given a few seconds' rest (circuit open)";
        }
        if (failure instanceof TimeoutException) {
            return service + " did not answer in time";
        }
        return failure.getMessage() == null || failure.getMessage().isBlank() ? service + " could not be called"
                : failure.getMessage();
    }

    /** initial × 2^(attempts−1), at most {@code max}. */
    public static Duration backoff(int attempts, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration next = initial.multipliedBy(1L << doublings);
        return next.compareTo(max) > 0 ? max : next;
    }

    public static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
