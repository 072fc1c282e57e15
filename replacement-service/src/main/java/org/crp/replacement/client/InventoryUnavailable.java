package org.crp.replacement.client;

/** inventory could not be reached or failed (5xx, timeout, connection refused): worth retrying later. */
public class InventoryUnavailable extends RuntimeException {
    public InventoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
