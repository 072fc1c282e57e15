package org.crp.supplier.evidence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** One link of an evidence item's chain of custody; written once (the table refuses UPDATE and DELETE). */
@Entity
@Table(name = "custody_entry")
public class CustodyEntry extends BaseEntity {
    @Column(name = "evidence_id", updatable = false)
    public UUID evidenceId;
    @Column(updatable = false)
    public int position;
    @Column(updatable = false)
    public String actor;
    @Column(updatable = false)
    public Instant at;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public CustodyAction action;
    @Column(updatable = false)
    public String location;
    @Column(updatable = false)
    public String note;
    @Column(name = "request_id", updatable = false)
    public String requestId;
    @Column(name = "previous_hash", updatable = false)
    public String previousHash;
    @Column(updatable = false)
    public String hash;
}
