package org.crp.replacement.vendor;

/** Whether a vendor may be given replacement work. */
public enum VendorStatus {
    APPROVED, SUSPENDED
}
