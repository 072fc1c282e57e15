package org.crp.inventory.provenance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.Generated;

/**
 * One uploaded IEEE registry file. Its blocks live in {@code oui_block} (written and read with
 * plain JDBC: tens of thousands of rows per version). The current version of a kind is the one
 * with the highest {@code seq}, which PostgreSQL assigns, so replicas agree whatever their clocks.
 */
@Entity
@Table(name = "oui_registry_version")
public class OuiRegistryVersion extends BaseEntity {
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    /** MA-L, MA-M or MA-S. */
    public String kind;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "row_count")
    public int rowCount;
    @Column(name = "block_count")
    public int blockCount;
    public String sha256;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "request_id")
    public String requestId;
}
