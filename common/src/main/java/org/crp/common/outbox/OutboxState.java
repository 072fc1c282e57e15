package org.crp.common.outbox;

/** Where a queued call stands: waiting (also between retries), taken by the other service, or refused by it for good. */
public enum OutboxState {
    PENDING, DELIVERED, REFUSED
}
