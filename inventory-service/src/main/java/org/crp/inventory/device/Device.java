package org.crp.inventory.device;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.crp.inventory.risk.RiskLevel;
import org.crp.inventory.risk.RiskReason;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One camera. Site, zone and supplier are referenced by id: aggregates never hold each other. */
@Entity
@Table(name = "device")
public class Device extends BaseEntity {
    public String serial;
    @Column(name = "asset_tag")
    public String assetTag;
    public String model;
    @Column(name = "declared_manufacturer")
    public String declaredManufacturer;
    @Column(name = "declared_country")
    public String declaredCountry;
    @Column(name = "verified_manufacturer")
    public String verifiedManufacturer;
    @Column(name = "verified_country")
    public String verifiedCountry;
    @Column(name = "mac_address")
    public String macAddress;
    @Column(name = "ip_address")
    public String ipAddress;
    @Column(name = "firmware_version")
    public String firmwareVersion;
    @Column(name = "site_id")
    public UUID siteId;
    @Column(name = "zone_id")
    public UUID zoneId;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "contract_reference")
    public String contractReference;
    @Column(name = "install_date")
    public LocalDate installDate;
    @Enumerated(EnumType.STRING)
    public DeviceStatus status;
    /** While SCHEDULED: the status it left, which a release from the plan returns it to; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_schedule")
    public DeviceStatus statusBeforeSchedule;
    @Column(name = "risk_score")
    public int riskScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel = RiskLevel.LOW;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "risk_reasons")
    public List<RiskReason> riskReasons = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "risk_codes")
    public List<String> riskCodes = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_holds")
    public List<String> legalHolds = new ArrayList<>();
    @Column(name = "replaces_device_id")
    public UUID replacesDeviceId;
    @Column(name = "replaced_by_device_id")
    public UUID replacedByDeviceId;
}
