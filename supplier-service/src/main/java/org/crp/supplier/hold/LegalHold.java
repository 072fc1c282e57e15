package org.crp.supplier.hold;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** A case's hold on one evidence device, and how far inventory has been told about it. */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends BaseEntity {
    @Column(name = "case_id", updatable = false)
    public UUID caseId;
    @Column(name = "evidence_id", updatable = false)
    public UUID evidenceId;
    @Column(name = "device_id", updatable = false)
    public UUID deviceId;
    public String reason;
    @Enumerated(EnumType.STRING)
    public HoldStatus status;
    @Enumerated(EnumType.STRING)
    public HoldDelivery delivery;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "placed_at")
    public Instant placedAt;
    @Column(name = "placed_by")
    public String placedBy;
    @Column(name = "released_at")
    public Instant releasedAt;
    @Column(name = "released_by")
    public String releasedBy;
}
