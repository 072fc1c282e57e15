package org.crp.supplier.legalcase;

/**
 * What a timeline entry records. STATUS_CHANGE entries are written by the service on every status change of the
 * case, DEADLINE_VACATED ones when closing the case vacates a deadline that was still OPEN; neither is added by hand.
 */
public enum EventKind {
    NOTE, FILING, HEARING, RULING, OFFER, STATUS_CHANGE, DEADLINE_VACATED;

    public boolean writtenByService() {
        return this == STATUS_CHANGE || this == DEADLINE_VACATED;
    }
}
