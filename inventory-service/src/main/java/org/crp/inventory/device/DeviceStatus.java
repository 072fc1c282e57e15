package org.crp.inventory.device;

/** Where a camera stands in the programme. */
public enum DeviceStatus {
    IN_SERVICE, FLAGGED, QUARANTINED, SCHEDULED, REMOVED, DISPOSED
}
