package org.crp.inventory.hold;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** A legal case's hold on a device, from placement to release. */
@Entity
@Table(name = "device_hold")
public class DeviceHold extends BaseEntity {
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "case_id")
    public String caseId;
    public String reason;
    @Column(name = "placed_at")
    public Instant placedAt;
    @Column(name = "placed_by")
    public String placedBy;
    /** Placed by a service (supplier-service, for its case): released only by that account (see HoldService#release). */
    @Column(name = "placed_by_service")
    public boolean placedByService;
    /** The token subject that placed it, without "X via": for a service's hold, the one account that may release it. */
    @Column(name = "placed_by_principal")
    public String placedByPrincipal;
    @Column(name = "released_at")
    public Instant releasedAt;
    @Column(name = "released_by")
    public String releasedBy;
}
