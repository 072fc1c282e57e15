package org.crp.inventory.device;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** One camera. The site and supplier are referenced by id: aggregates never hold each other. */
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
    @Column(name = "mac_address")
    public String macAddress;
    @Column(name = "ip_address")
    public String ipAddress;
    @Column(name = "firmware_version")
    public String firmwareVersion;
    @Column(name = "site_id")
    public UUID siteId;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "contract_reference")
    public String contractReference;
    @Column(name = "install_date")
    public LocalDate installDate;
    @Enumerated(EnumType.STRING)
    public DeviceStatus status;
}
