package org.crp.supplier.supplier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** A company that supplied cameras; devices in inventory refer to it by id. */
@Entity
@Table(name = "supplier")
public class Supplier extends BaseEntity {
    public String name;
    @Column(name = "registration_number")
    public String registrationNumber;
    public String country;
    @Enumerated(EnumType.STRING)
    public SupplierStatus status;
    /** Why the status was last changed; null while the supplier has never left ACTIVE. */
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
}
