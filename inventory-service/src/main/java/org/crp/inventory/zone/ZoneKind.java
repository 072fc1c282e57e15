package org.crp.inventory.zone;

public enum ZoneKind {
    PERIMETER, BORDER, TRAINING_GROUND, HQ, DEPOT, OTHER;

    /** A perimeter or border zone must never be fully dark. */
    public boolean neverDark() {
        return this == PERIMETER || this == BORDER;
    }
}
