package org.crp.supplier.client;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.crp.common.web.Causes;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * inventory's hold endpoints behind a timeout and a circuit breaker. No retry here: the outbox relay
 * owns retrying, with its backoff kept in the database. A 4xx answer becomes {@link Refused} (never
 * retried, never trips the breaker); anything else becomes {@link Unavailable} or a fault-tolerance
 * exception, which the relay treats as "try later".
 */
@ApplicationScoped
public class HoldCalls {

    private final InventoryHolds client;
    private final ObjectMapper json;

    HoldCalls(@RestClient InventoryHolds client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = Refused.class)
    public void place(UUID deviceId, String caseNumber, String reason) {
        call(() -> client.place(deviceId, caseNumber, new InventoryHolds.HoldRequest(reason)));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = Refused.class)
    public void release(UUID deviceId, String caseNumber) {
        call(() -> client.release(deviceId, caseNumber));
    }

    private void call(java.util.function.Supplier<Response> request) {
        try {
            request.get().close();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new Refused(status, detail(e));
            }
            throw new Unavailable("inventory answered " + status, e);
        } catch (ProcessingException e) {
            throw new Unavailable("inventory could not be reached: " + Causes.innermost(e), e);
        }
    }

    private String detail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            if (body == null || body.isBlank()) {
                return "inventory answered " + e.getResponse().getStatus();
            }
            JsonNode detail = json.readTree(body).get("detail");
            return detail != null && detail.isTextual() ? detail.asText() : body;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return "inventory answered " + e.getResponse().getStatus();
        }
    }

    /** inventory answered 4xx: asking again will not help. The message is inventory's own explanation. */
    public static class Refused extends RuntimeException {
        private final int status;

        public Refused(int status, String detail) {
            super(detail);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** inventory could not be reached or failed (5xx, timeout, connection refused): worth retrying later. */
    public static class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
