package org.crp.inventory.zone;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** An area of a site whose cameras are swapped under one coverage rule. */
@Entity
@Table(name = "zone")
public class Zone extends BaseEntity {
    @Column(name = "site_id")
    public UUID siteId;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public ZoneKind kind;
    public int criticality;
    /** The largest fraction of the zone's cameras that may be out of service at once. */
    @Column(name = "max_out_of_service_fraction")
    public BigDecimal maxOutOfServiceFraction;
}
