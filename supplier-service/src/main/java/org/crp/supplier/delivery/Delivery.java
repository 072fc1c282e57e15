package org.crp.supplier.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Cameras a supplier delivered under a contract, with the origin it declared for them. */
@Entity
@Table(name = "delivery")
public class Delivery extends BaseEntity {
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "contract_number")
    public String contractNumber;
    @Column(name = "delivery_date")
    public LocalDate deliveryDate;
    @Column(name = "declared_origin")
    public String declaredOrigin;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> serials = new ArrayList<>();
    /** When the certificates were last checked against inventory; null until the first check. */
    @Column(name = "last_checked_at")
    public Instant lastCheckedAt;
}
