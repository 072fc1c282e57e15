package org.crp.replacement.outbox;

public enum OutboxState {
    PENDING, DELIVERED, REFUSED
}
