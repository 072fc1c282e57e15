package org.crp.supplier.outbox;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.outbox.OutboxRow;

/** One call inventory is to receive; the table's seq column (not mapped) keeps the order rows were written in. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends OutboxRow {
    public static final String PLACE_HOLD = "PLACE_HOLD";
    public static final String RELEASE_HOLD = "RELEASE_HOLD";

    @Column(name = "hold_id")
    public UUID holdId;
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "case_number")
    public String caseNumber;
}
