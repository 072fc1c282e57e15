package org.crp.replacement.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.crp.replacement.planner.PlanFigures;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "programme")
public class Programme extends BaseEntity {
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "min_risk_level")
    public RiskLevel minRiskLevel;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "site_ids")
    public List<UUID> siteIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "zone_ids")
    public List<UUID> zoneIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "supplier_ids")
    public List<UUID> supplierIds;
    public BigDecimal budget;
    public String currency;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "target_date")
    public LocalDate targetDate;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "blackout_dates")
    public List<LocalDate> blackoutDates;
    @Enumerated(EnumType.STRING)
    public ProgrammeStatus status;
    /** The figures of the latest plan, null until planned. */
    @JdbcTypeCode(SqlTypes.JSON)
    public PlanFigures plan;
    @Column(name = "planned_at")
    public Instant plannedAt;
}
