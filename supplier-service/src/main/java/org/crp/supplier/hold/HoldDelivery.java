package org.crp.supplier.hold;

/**
 * Whether inventory has been told the hold's latest step (placing while ACTIVE, releasing once
 * RELEASED): PENDING while the outbox still tries, DELIVERED once inventory accepted it, FAILED when
 * inventory refused it (4xx); the hold's lastError then carries inventory's reason.
 */
public enum HoldDelivery {
    PENDING, DELIVERED, FAILED
}
