package org.crp.supplier.supplier;

import java.util.EnumSet;
import java.util.Set;

/**
 * A supplier's standing with the programme, with its transition table. Sanctions escalate one step
 * at a time (an investigation precedes a suspension, a suspension precedes debarment) so that every
 * step leaves a reason on record; an investigation or a suspension may end with the supplier cleared
 * (back to ACTIVE). Debarment is final: re-admitting a debarred company is a new registration, decided
 * outside this register.
 */
public enum SupplierStatus {
    ACTIVE, UNDER_INVESTIGATION, SUSPENDED, DEBARRED;

    public Set<SupplierStatus> allowedNext() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(UNDER_INVESTIGATION);
            case UNDER_INVESTIGATION -> EnumSet.of(ACTIVE, SUSPENDED);
            case SUSPENDED -> EnumSet.of(ACTIVE, DEBARRED);
            case DEBARRED -> EnumSet.noneOf(SupplierStatus.class);
        };
    }

    public boolean canMoveTo(SupplierStatus next) {
        return allowedNext().contains(next);
    }
}
