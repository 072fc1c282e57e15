package org.crp.supplier.legalcase;

/** What the state pursues the supplier for. */
public enum CaseType {
    FRAUD, BREACH_OF_CONTRACT, FALSE_CERTIFICATION, DEBARMENT, CRIMINAL_REFERRAL
}
