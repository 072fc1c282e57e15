package org.crp.replacement.workorder;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An append-only record of one status change. */
@Entity
@Table(name = "work_order_event")
public class WorkOrderEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;
    @Column(name = "work_order_id")
    public UUID workOrderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public WorkOrderStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public WorkOrderStatus toStatus;
    public String actor;
    @Column(name = "request_id")
    public String requestId;
    public String note;
    public Instant at;
}
