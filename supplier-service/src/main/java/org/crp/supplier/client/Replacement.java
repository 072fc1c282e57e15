package org.crp.supplier.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.client.ReplacementDtos.SupplierCost;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/** replacement-service's cost report behind a timeout, retries and a circuit breaker; failures as in {@link Inventory}. */
@ApplicationScoped
public class Replacement {

    public static final String SERVICE = "replacement-service";

    private final ReplacementClient client;
    private final ObjectMapper json;

    Replacement(@RestClient ReplacementClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** Replacement costs of every supplier, one entry per supplier and currency. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RemoteRefusal.class)
    public List<SupplierCost> costsBySupplier() {
        List<SupplierCost> costs = RemoteCalls.call(SERVICE, json, client::costsBySupplier);
        return costs == null ? List.of() : costs;
    }

    /** One supplier's share of {@link #costsBySupplier()}. */
    public static List<SupplierCost> of(List<SupplierCost> costs, UUID supplierId) {
        return costs.stream().filter(c -> supplierId.equals(c.supplierId())).toList();
    }

    /** True for what a failed call throws through this facade: replacement-service could not answer. */
    public static boolean isDown(RuntimeException e) {
        return RemoteCalls.isDown(e);
    }

    /** What to throw for a failure of a call through this facade: the 503 when replacement is down, else the failure. */
    public static RuntimeException unavailableIfDown(RuntimeException failure) {
        return RemoteCalls.unavailableIfDown(SERVICE, failure);
    }
}
