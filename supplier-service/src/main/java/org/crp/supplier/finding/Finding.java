package org.crp.supplier.finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.hibernate.annotations.BatchSize;

/**
 * Something found against a supplier, with the devices and evidence behind it. Written only by
 * {@link FindingRecorder} (insert ... on conflict do nothing on the natural key), read through Hibernate.
 */
@Entity
@Table(name = "finding")
public class Finding extends BaseEntity {
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Enumerated(EnumType.STRING)
    public FindingType type;
    @Enumerated(EnumType.STRING)
    public FindingSource source;
    @Column(name = "subject_key")
    public String subjectKey;
    public String summary;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Column(name = "certificate_id")
    public UUID certificateId;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "request_id")
    public String requestId;

    @ElementCollection
    @CollectionTable(name = "finding_device", joinColumns = @JoinColumn(name = "finding_id"))
    @BatchSize(size = 100)
    public List<FindingDevice> devices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "finding_evidence", joinColumns = @JoinColumn(name = "finding_id"))
    @Column(name = "evidence_id")
    @BatchSize(size = 100)
    public Set<UUID> evidenceIds = new LinkedHashSet<>();
}
