package org.crp.inventory.network;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** One flow a camera was seen to make. */
@Entity
@Table(name = "network_observation")
public class NetworkObservation extends BaseEntity {
    @Column(name = "device_id")
    public UUID deviceId;
    @Column(name = "observed_at")
    public Instant observedAt;
    @Column(name = "source_ip")
    public String sourceIp;
    @Column(name = "source_mac")
    public String sourceMac;
    public String destination;
    @Column(name = "destination_port")
    public int destinationPort;
    public String protocol;
    @Column(name = "destination_country")
    public String destinationCountry;
    public long bytes;
    @Column(name = "recorded_by")
    public String recordedBy;
}
