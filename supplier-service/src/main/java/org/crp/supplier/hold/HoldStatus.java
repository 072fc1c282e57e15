package org.crp.supplier.hold;

/** ACTIVE from placement until released; a released hold stays on record. */
public enum HoldStatus {
    ACTIVE, RELEASED
}
