package org.crp.supplier.legalcase;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** One entry of a case's timeline. Written once: the table refuses UPDATE and DELETE (a trigger). */
@Entity
@Table(name = "case_event")
public class CaseEvent extends BaseEntity {
    @Column(name = "case_id", updatable = false)
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public EventKind kind;
    @Column(name = "occurred_at", updatable = false)
    public Instant occurredAt;
    @Column(updatable = false)
    public String text;
    @Column(updatable = false)
    public String author;
    @Column(name = "request_id", updatable = false)
    public String requestId;
}
