package org.crp.replacement.workorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

@Entity
@Table(name = "work_order")
public class WorkOrder extends BaseEntity {
    @Column(name = "programme_id")
    public UUID programmeId;
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "site_id")
    public UUID siteId;
    @Column(name = "zone_id")
    public UUID zoneId;
    @Column(name = "original_supplier_id")
    public UUID originalSupplierId;
    public String region;
    @Column(name = "vendor_id")
    public UUID vendorId;
    @Column(name = "model_id")
    public UUID modelId;
    @Column(name = "scheduled_date")
    public LocalDate scheduledDate;
    public int wave;
    @Column(name = "unit_cost")
    public BigDecimal unitCost;
    @Column(name = "install_cost")
    public BigDecimal installCost;
    @Enumerated(EnumType.STRING)
    public WorkOrderStatus status;
    @Column(name = "planned_by")
    public String plannedBy;
    @Column(name = "new_serial")
    public String newSerial;
    @Column(name = "new_mac_address")
    public String newMacAddress;
    @Column(name = "new_model")
    public String newModel;
    /** The id inventory gave the new camera, once the swap is delivered. */
    @Column(name = "new_device_id")
    public UUID newDeviceId;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "failure_reason")
    public String failureReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "sync_state")
    public SyncState syncState;
}
