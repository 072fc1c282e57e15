package org.crp.supplier.legalcase;

/**
 * What a feature settles when a case is CLOSED (its OPEN deadlines are vacated, say), in the closing's transaction
 * and while the closing holds the case's row lock. Implementations live in the features that own what they
 * settle, so this package does not depend on them; each records what it did in the case's timeline.
 */
public interface CaseClosingStep {

    void onClosing(LegalCase legalCase);
}
