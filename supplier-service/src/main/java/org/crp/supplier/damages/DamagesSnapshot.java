package org.crp.supplier.damages;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A damages breakdown as computed at one moment, by whom; the latest one is what a case's damages show. */
@Entity
@Table(name = "damages_snapshot")
public class DamagesSnapshot extends BaseEntity {
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "computed_at")
    public Instant computedAt;
    @Column(name = "computed_by")
    public String computedBy;
    @Column(name = "request_id")
    public String requestId;
    /** {@link DamagesDtos.Breakdown} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String breakdown;
}
