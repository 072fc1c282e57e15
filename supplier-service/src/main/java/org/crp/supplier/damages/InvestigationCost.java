package org.crp.supplier.damages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** A cost of investigating a case, entered by counsel: one line of the damages. */
@Entity
@Table(name = "investigation_cost")
public class InvestigationCost extends BaseEntity {
    @Column(name = "case_id")
    public UUID caseId;
    public String description;
    public BigDecimal amount;
    public String currency;
    @Column(name = "incurred_on")
    public LocalDate incurredOn;
    @Column(name = "entered_by")
    public String enteredBy;
}
