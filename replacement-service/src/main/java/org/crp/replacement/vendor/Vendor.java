package org.crp.replacement.vendor;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An approved local vendor; its id is what a vendor user's token carries as {@code vendor_id}. */
@Entity
@Table(name = "vendor")
public class Vendor extends BaseEntity {
    public String name;
    @Column(name = "registration_number")
    public String registrationNumber;
    public String country;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> certifications;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regions;
    /** Cameras the vendor can install per region per day. */
    @Column(name = "installs_per_day")
    public int installsPerDay;
    @Enumerated(EnumType.STRING)
    public VendorStatus status;
}
