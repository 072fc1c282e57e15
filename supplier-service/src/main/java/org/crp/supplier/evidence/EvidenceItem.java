package org.crp.supplier.evidence;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

@Entity
@Table(name = "evidence_item")
public class EvidenceItem extends BaseEntity {
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;
    public String description;
    public String reference;
    /** How many custody entries were appended to this item, and the newest one's hash (null before the first). */
    @Column(name = "custody_entries")
    public int custodyEntries;
    @Column(name = "custody_head")
    public String custodyHead;
}
