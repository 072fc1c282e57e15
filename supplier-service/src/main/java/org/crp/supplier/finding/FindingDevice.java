package org.crp.supplier.finding;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A device behind a finding, as inventory knew it when the finding was recorded. */
@Embeddable
public class FindingDevice {
    @Column(name = "device_id")
    public UUID deviceId;
    public String serial;
    public String detail;
}
