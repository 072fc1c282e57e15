package org.crp.supplier.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.client.InventoryDtos.DevicePage;
import org.crp.supplier.client.InventoryDtos.SupplierSummary;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * inventory-service's read API behind timeouts, retries and a circuit breaker. A 4xx answer becomes
 * {@link RemoteRefusal} (never retried, never trips the breaker); anything else becomes
 * {@link RemoteUnavailable} or a fault-tolerance exception: see {@link #isDown(RuntimeException)}.
 */
@ApplicationScoped
public class Inventory {

    public static final String SERVICE = "inventory-service";
    /** The largest page inventory serves, and the most serials asked for in one call. */
    public static final int PAGE = 1000;

    private final InventoryClient client;
    private final ObjectMapper json;

    Inventory(@RestClient InventoryClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RemoteRefusal.class)
    public SupplierSummary supplierSummary(UUID supplierId) {
        return RemoteCalls.call(SERVICE, json, () -> client.supplierSummary(supplierId));
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RemoteRefusal.class)
    public DevicePage mismatchedDevices(UUID supplierId, String cursor) {
        return RemoteCalls.call(SERVICE, json, () -> client.mismatchedDevices(supplierId, PAGE, cursor));
    }

    /** Devices with any of the serials (at most {@link #PAGE} serials per call). */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RemoteRefusal.class)
    public DevicePage devicesBySerial(List<String> serials, String cursor) {
        return RemoteCalls.call(SERVICE, json, () -> client.devicesBySerial(serials, PAGE, cursor));
    }

    /** Whether inventory has a device with this id (one that was deleted has none). */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = RemoteRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = RemoteRefusal.class)
    public boolean deviceExists(UUID id) {
        try {
            RemoteCalls.call(SERVICE, json, () -> client.device(id));
            return true;
        } catch (RemoteRefusal e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** True for what a failed call to a remote service throws through this facade. */
    public static boolean isDown(RuntimeException e) {
        return RemoteCalls.isDown(e);
    }

    /**
     * {@link #deviceExists} for a request that needs the answer: a failure is the 503 when inventory is down. (Static:
     * the guards' own failures come from the interceptors around the bean's method.)
     */
    public static boolean hasDevice(Inventory inventory, UUID id) {
        try {
            return inventory.deviceExists(id);
        } catch (RuntimeException e) {
            throw unavailableIfDown(e);
        }
    }

    /** What to throw for a failure of a call through this facade: the 503 when inventory is down, else the failure. */
    public static RuntimeException unavailableIfDown(RuntimeException failure) {
        return RemoteCalls.unavailableIfDown(SERVICE, failure);
    }
}
