package org.crp.replacement.vendor;

import java.util.EnumSet;
import java.util.Set;

/** Whether a vendor may be given replacement work. */
public enum VendorStatus {
    APPROVED, SUSPENDED;

    /** The explicit transition table; anything not listed is refused with 409. */
    public Set<VendorStatus> next() {
        return switch (this) {
            case APPROVED -> EnumSet.of(SUSPENDED);
            case SUSPENDED -> EnumSet.of(APPROVED);
        };
    }
}
