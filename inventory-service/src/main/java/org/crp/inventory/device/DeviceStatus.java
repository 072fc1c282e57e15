package org.crp.inventory.device;

import java.util.EnumSet;
import java.util.Set;

/** Where a camera stands in the programme, and where it may go next. */
public enum DeviceStatus {
    IN_SERVICE, FLAGGED, QUARANTINED, SCHEDULED, REMOVED, DISPOSED;

    /** The explicit transition table; anything not listed is refused with 409. */
    public Set<DeviceStatus> next() {
        return switch (this) {
            case IN_SERVICE -> EnumSet.of(FLAGGED, QUARANTINED, SCHEDULED, REMOVED);
            case FLAGGED -> EnumSet.of(IN_SERVICE, QUARANTINED, SCHEDULED, REMOVED);
            case QUARANTINED -> EnumSet.of(IN_SERVICE, FLAGGED, SCHEDULED, REMOVED);
            // re-planning may take a device out of a plan again
            case SCHEDULED -> EnumSet.of(IN_SERVICE, FLAGGED, QUARANTINED, REMOVED);
            case REMOVED -> EnumSet.of(DISPOSED);
            case DISPOSED -> EnumSet.noneOf(DeviceStatus.class);
        };
    }

    public boolean canMoveTo(DeviceStatus target) {
        return next().contains(target);
    }
}
