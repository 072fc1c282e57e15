package org.crp.replacement.catalogue;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** A replacement camera a vendor offers, with what it costs and how long it takes to get. */
@Entity
@Table(name = "replacement_model")
public class ReplacementModel extends BaseEntity {
    @Column(name = "vendor_id")
    public UUID vendorId;
    public String manufacturer;
    public String model;
    @Column(name = "country_of_origin")
    public String countryOfOrigin;
    @Column(name = "unit_cost")
    public BigDecimal unitCost;
    @Column(name = "install_cost")
    public BigDecimal installCost;
    @Column(name = "lead_time_days")
    public int leadTimeDays;
}
