package org.crp.inventory.inspection;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** What an inspector found when opening a camera or reading its firmware. */
@Entity
@Table(name = "inspection")
public class Inspection extends BaseEntity {

    public enum Kind {
        PHYSICAL, FIRMWARE
    }

    @Column(name = "device_id")
    public UUID deviceId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public String inspector;
    @Column(name = "inspected_on")
    public LocalDate inspectedOn;
    @Column(name = "verified_manufacturer")
    public String verifiedManufacturer;
    @Column(name = "verified_country")
    public String verifiedCountry;
    public String notes;
    @Column(name = "report_sha256")
    public String reportSha256;
    @Column(name = "recorded_by")
    public String recordedBy;
}
