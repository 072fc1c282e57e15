package org.crp.replacement.outbox;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.outbox.OutboxRow;

/**
 * A call to inventory: a completed swap for its replacement endpoint (the work-order id is its idempotency key), or
 * cameras handed back because no live order will swap them (a release; replaying one changes nothing).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends OutboxRow {
    public static final String REPLACEMENT = "REPLACEMENT";
    public static final String RELEASE = "RELEASE";

    @Column(name = "work_order_id")
    public UUID workOrderId;
}
