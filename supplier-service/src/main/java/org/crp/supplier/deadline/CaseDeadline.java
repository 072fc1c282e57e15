package org.crp.supplier.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

@Entity
@Table(name = "case_deadline")
public class CaseDeadline extends BaseEntity {
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public DeadlineKind kind;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public DeadlineStatus status;
    public String description;
    @Column(name = "met_at")
    public Instant metAt;
    @Column(name = "missed_at")
    public Instant missedAt;
    @Column(name = "vacated_at")
    public Instant vacatedAt;
}
