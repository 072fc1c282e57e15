package org.crp.replacement.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.crp.common.problem.ApiException;
import org.crp.common.web.Causes;
import org.crp.replacement.client.InventoryDtos.BulkStatusAnswer;
import org.crp.replacement.client.InventoryDtos.BulkStatusCall;
import org.crp.replacement.client.InventoryDtos.DevicePage;
import org.crp.replacement.client.InventoryDtos.MatchAnswer;
import org.crp.replacement.client.InventoryDtos.RiskList;
import org.crp.replacement.client.InventoryDtos.ReleaseAnswer;
import org.crp.replacement.client.InventoryDtos.ReleaseCall;
import org.crp.replacement.client.InventoryDtos.ReplacementAnswer;
import org.crp.replacement.client.InventoryDtos.ReplacementCall;
import org.crp.replacement.client.InventoryDtos.SitePage;
import org.crp.replacement.client.InventoryDtos.ZonePage;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * inventory-service behind timeouts, retries and a circuit breaker. A 4xx answer becomes
 * {@link InventoryRefusal} (never retried, never trips the breaker); anything else becomes
 * {@link InventoryUnavailable} or a fault-tolerance exception, which callers treat as "try later".
 */
@ApplicationScoped
public class Inventory {

    public static final int PAGE = 1000;
    /** The most serials inventory's bulk status change takes in one request. */
    public static final int BULK_PAGE = 1000;

    private final InventoryClient client;
    private final ObjectMapper json;

    Inventory(@RestClient InventoryClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = InventoryRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public MatchAnswer watchlistMatch(String name) {
        return call(() -> client.watchlistMatch(name));
    }

    /** Inventory's countries of concern (ISO 3166-1 alpha-2), as its security officers keep them. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = InventoryRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public List<String> countriesOfConcern() {
        RiskList list = call(client::countriesOfConcern);
        return list.entries() == null ? List.of() : list.entries();
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = InventoryRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public DevicePage devices(List<UUID> siteIds, List<UUID> zoneIds, List<String> statuses, String cursor) {
        return call(() -> client.devices(siteIds, zoneIds, statuses, PAGE, cursor));
    }

    /** Whether inventory still has the camera: false only when it answers 404 for it. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = InventoryRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public boolean hasDevice(UUID id) {
        try {
            call(() -> client.device(id));
            return true;
        } catch (InventoryRefusal refusal) {
            if (refusal.status() == 404) {
                return false;
            }
            throw refusal;
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = InventoryRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public SitePage sites(String cursor) {
        return call(() -> client.sites(PAGE, cursor));
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = InventoryRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public ZonePage zones(List<UUID> siteIds, String cursor) {
        return call(() -> client.zones(siteIds, PAGE, cursor));
    }

    /**
     * All or nothing on inventory's side. Retrying is safe: the call names the statuses the cameras
     * leave from, so cameras a lost first answer already moved are simply not matched again.
     */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = InventoryRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public BulkStatusAnswer bulkStatus(BulkStatusCall call) {
        return call(() -> client.bulkStatus(call));
    }

    /** No retry here: the outbox relay owns retrying, with its own backoff kept in the database. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public ReplacementAnswer replace(ReplacementCall call) {
        return call(() -> client.replace(call));
    }

    /** No retry here either: releases go through the outbox too. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = InventoryRefusal.class)
    public ReleaseAnswer release(ReleaseCall call) {
        return call(() -> client.release(call));
    }

    /** The 503 a user gets when a request needs inventory and inventory cannot answer. */
    public static ApiException unavailable(RuntimeException cause) {
        return new ApiException(503, "inventory-unavailable", "Inventory unavailable",
                "inventory-service could not be reached or failed; try again shortly", null);
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new InventoryRefusal(status, detail(e));
            }
            throw new InventoryUnavailable("inventory answered " + status, e);
        } catch (ProcessingException e) {
            throw new InventoryUnavailable("inventory could not be reached: " + Causes.innermost(e), e);
        }
    }

    private String detail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            if (body == null || body.isBlank()) {
                return "inventory answered " + e.getResponse().getStatus();
            }
            JsonNode node = json.readTree(body);
            JsonNode detail = node.get("detail");
            return detail != null && detail.isTextual() ? detail.asText() : body;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return "inventory answered " + e.getResponse().getStatus();
        }
    }
}
