package org.crp.supplier.outbox;

public enum OutboxState {
    PENDING, DELIVERED, REFUSED
}
