package org.crp.inventory.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.inventory.device.Device;
import org.crp.inventory.device.DeviceStatus;
import org.crp.inventory.history.History;
import org.crp.inventory.network.NetworkService;
import org.crp.inventory.provenance.Provenance;
import org.crp.inventory.provenance.ProvenanceAssessment;
import org.crp.inventory.provenance.WatchlistMatch;
import org.crp.inventory.zone.ZoneRepository;

/** Scores devices with {@link RiskRules} and flags those that become HIGH or CRITICAL while in service. */
@ApplicationScoped
public class RiskService {

    /** Criticality assumed for a device not yet placed in a zone: the middle of the scale. */
    static final int DEFAULT_CRITICALITY = 3;

    private final Provenance provenance;
    private final ZoneRepository zones;
    private final NetworkService network;
    private final History history;

    RiskService(Provenance provenance, ZoneRepository zones, NetworkService network, History history) {
        this.provenance = provenance;
        this.zones = zones;
        this.network = network;
        this.history = history;
    }

    public RiskRules.Assessment assess(Device device) {
        return assess(device, network.callbacks(device.id));
    }

    private RiskRules.Assessment assess(Device device, NetworkService.Callbacks callbacks) {
        int criticality = device.zoneId == null ? DEFAULT_CRITICALITY
                : zones.findByIdOptional(device.zoneId).map(z -> z.criticality).orElse(DEFAULT_CRITICALITY);
        return RiskRules.assess(input(provenance.assess(device.macAddress, device.declaredManufacturer,
                device.verifiedManufacturer), device.declaredManufacturer, device.verifiedManufacturer,
                device.declaredCountry, device.verifiedCountry, criticality, callbacks));
    }

    /** Puts together what the rules look at; shared by single and set-based scoring. */
    static RiskInput input(ProvenanceAssessment found, String declaredManufacturer, String verifiedManufacturer,
            String declaredCountry, String verifiedCountry, int criticality, NetworkService.Callbacks callbacks) {
        return new RiskInput(declaredManufacturer, name(found.declaredCovered()), verifiedManufacturer,
                name(found.verifiedCovered()), declaredCountry, verifiedCountry, found.registryOrganisation(),
                name(found.macCovered()), criticality, callbacks.concernCountries(), callbacks.unlistedDestinations());
    }

    /** How a device not yet stored starts: its assessment, its status and the change a history entry records. */
    public record Initial(RiskRules.Assessment assessment, DeviceStatus status, Map<String, Object> changes) {
    }

    /**
     * Scores a device about to be created, as {@link #rescore} scores a new {@link Device}: no inspection
     * and no network evidence yet; a null {@code zoneCriticality} means no zone.
     */
    public Initial initial(String mac, String declaredManufacturer, String declaredCountry, Integer zoneCriticality) {
        Device fresh = new Device();
        fresh.status = DeviceStatus.IN_SERVICE;
        RiskRules.Assessment assessment = RiskRules.assess(input(provenance.assess(mac, declaredManufacturer, null),
                declaredManufacturer, null, declaredCountry, null,
                zoneCriticality == null ? DEFAULT_CRITICALITY : zoneCriticality, NetworkService.Callbacks.NONE));
        Map<String, Object> changes = apply(fresh, assessment);
        return new Initial(assessment, fresh.status, changes);
    }

    private static String name(WatchlistMatch match) {
        return match == null ? null : match.name();
    }

    /**
     * Re-scores a device in the caller's transaction and records what changed. A device in service
     * that reaches HIGH or CRITICAL becomes FLAGGED.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescore(Device device) {
        rescore(List.of(device));
    }

    /** {@link #rescore(Device)} for several devices, with one query for their network evidence. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescore(Collection<Device> devices) {
        Map<UUID, NetworkService.Callbacks> evidence = network.callbacks(
                devices.stream().map(d -> d.id).filter(Objects::nonNull).toList());
        for (Device device : devices) {
            Map<String, Object> changes = apply(device, assess(device, evidence.getOrDefault(device.id, NetworkService.Callbacks.NONE)));
            if (!changes.isEmpty() && device.id != null) {
                history.record(History.DEVICE, device.id, "RISK_ASSESSED", changes);
            }
        }
    }

    /** Sets the device's risk (and FLAGGED when due) from an assessment; answers what changed, as history records it. */
    private static Map<String, Object> apply(Device device, RiskRules.Assessment assessment) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (device.riskScore != assessment.score() || !device.riskReasons.equals(assessment.reasons())) {
            changes.put("riskScore", Map.of("from", device.riskScore, "to", assessment.score()));
            changes.put("riskLevel", Map.of("from", device.riskLevel.name(), "to", assessment.level().name()));
            changes.put("riskReasons", assessment.reasons().stream().map(RiskReason::code).toList());
            device.riskScore = assessment.score();
            device.riskLevel = assessment.level();
            device.riskReasons = new ArrayList<>(assessment.reasons());
            device.riskCodes = new ArrayList<>(assessment.reasons().stream().map(RiskReason::code).toList());
        }
        if (flagsInService(device.status, assessment.level())) {
            changes.put("status", Map.of("from", DeviceStatus.IN_SERVICE.name(), "to", DeviceStatus.FLAGGED.name()));
            device.status = DeviceStatus.FLAGGED;
        }
        return changes;
    }

    /** The engine's rule: a device in service at HIGH or CRITICAL is FLAGGED. */
    static boolean flagsInService(DeviceStatus status, RiskLevel level) {
        return status == DeviceStatus.IN_SERVICE && level.atLeastHigh();
    }

    /**
     * Applies the flagging rule to a device whose status changed without a new score (a camera released from a
     * replacement plan back into service), with its current risk level, and records the flag as a re-score does.
     * Answers whether it flagged the device.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean flagIfDue(Device device) {
        if (!flagsInService(device.status, device.riskLevel)) {
            return false;
        }
        device.status = DeviceStatus.FLAGGED;
        history.record(History.DEVICE, device.id, "RISK_ASSESSED", Map.of("status",
                Map.of("from", DeviceStatus.IN_SERVICE.name(), "to", DeviceStatus.FLAGGED.name())));
        return true;
    }
}
