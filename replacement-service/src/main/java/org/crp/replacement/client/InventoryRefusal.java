package org.crp.replacement.client;

/** inventory answered 4xx: asking again will not help. {@code detail} is inventory's own explanation. */
public class InventoryRefusal extends RuntimeException {
    private final int status;

    public InventoryRefusal(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
