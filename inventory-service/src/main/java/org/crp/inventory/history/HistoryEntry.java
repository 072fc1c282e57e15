package org.crp.inventory.history;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change to a device, zone or hold. Written once, never updated. */
@Entity
@Table(name = "history")
public class HistoryEntry extends BaseEntity {
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public UUID entityId;
    public String action;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;
    public String subject;
    @Column(name = "request_id")
    public String requestId;
}
