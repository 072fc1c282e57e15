package org.crp.supplier.supplier;

/** A supplier's standing with the programme. */
public enum SupplierStatus {
    ACTIVE, UNDER_INVESTIGATION, SUSPENDED, DEBARRED
}
