package org.crp.supplier.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One call inventory is to receive; the table's seq column (not mapped) keeps the order rows were written in. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {
    public static final String PLACE_HOLD = "PLACE_HOLD";
    public static final String RELEASE_HOLD = "RELEASE_HOLD";

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    @Column(name = "hold_id")
    public UUID holdId;
    public String kind;
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "case_number")
    public String caseNumber;
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    @Enumerated(EnumType.STRING)
    public OutboxState state;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
