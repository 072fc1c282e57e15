package org.crp.supplier.client;

/** Another service answered 4xx: asking again will not help. {@code detail} is its own explanation. */
public class RemoteRefusal extends RuntimeException {
    private final String service;
    private final int status;

    public RemoteRefusal(String service, int status, String detail) {
        super(detail);
        this.service = service;
        this.status = status;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }
}
