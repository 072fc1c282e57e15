package org.crp.supplier.legalcase;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a legal case stands, with its transition table. A case moves forward one step at a time:
 * OPEN, INVESTIGATING, FILED, IN_LITIGATION; litigation ends in SETTLED, JUDGMENT or DISMISSED; each
 * outcome is then CLOSED, which is final. No step back: a reopened matter is a new case.
 */
public enum CaseStatus {
    OPEN, INVESTIGATING, FILED, IN_LITIGATION, SETTLED, JUDGMENT, DISMISSED, CLOSED;

    public Set<CaseStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(INVESTIGATING);
            case INVESTIGATING -> EnumSet.of(FILED);
            case FILED -> EnumSet.of(IN_LITIGATION);
            case IN_LITIGATION -> EnumSet.of(SETTLED, JUDGMENT, DISMISSED);
            case SETTLED, JUDGMENT, DISMISSED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    public boolean canMoveTo(CaseStatus next) {
        return allowedNext().contains(next);
    }
}
