package org.crp.supplier.client;

/** Another service could not be reached or failed (5xx, timeout, connection refused): worth trying later. */
public class RemoteUnavailable extends RuntimeException {
    private final String service;

    public RemoteUnavailable(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
