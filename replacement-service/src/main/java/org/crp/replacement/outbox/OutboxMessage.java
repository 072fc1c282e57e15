package org.crp.replacement.outbox;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.outbox.OutboxRow;

/** A completed swap for inventory's replacement endpoint; the work-order id is its idempotency key. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends OutboxRow {
    public static final String REPLACEMENT = "REPLACEMENT";

    @Column(name = "work_order_id")
    public UUID workOrderId;
}
