package org.crp.supplier.legalcase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;
import org.crp.common.problem.ApiException;

/** A case the state brings against a supplier; its number is unique and never reused. */
@Entity
@Table(name = "legal_case")
public class LegalCase extends BaseEntity {
    public String number;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Enumerated(EnumType.STRING)
    public CaseType type;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    public String counsel;
    public String court;
    @Column(name = "court_reference")
    public String courtReference;
    @Column(name = "claimed_amount")
    public BigDecimal claimedAmount;
    @Column(name = "awarded_amount")
    public BigDecimal awardedAmount;
    public String currency;
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    /**
     * A CLOSED case is final: it takes no new deadlines, evidence, holds or costs, and its details stay as they
     * were. (Custody of its evidence is still recorded: exhibits are returned or disposed of after a case ends.)
     */
    public void requireNotClosed(String refused) {
        if (status == CaseStatus.CLOSED) {
            throw ApiException.conflict("Case " + number + " is CLOSED, which is final; " + refused);
        }
    }
}
