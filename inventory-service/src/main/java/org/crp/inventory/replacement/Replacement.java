package org.crp.inventory.replacement;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A swap recorded for a work order, with the answer first given for it. */
@Entity
@Table(name = "replacement")
public class Replacement extends PanacheEntityBase {
    @Id
    @Column(name = "work_order_id")
    public UUID workOrderId;
    @Column(name = "old_device_id")
    public UUID oldDeviceId;
    @Column(name = "new_device_id")
    public UUID newDeviceId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> answer;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
