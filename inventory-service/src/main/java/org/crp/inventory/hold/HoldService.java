package org.crp.inventory.hold;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.problem.ApiException;
import org.crp.common.security.Roles;
import org.crp.common.web.Actor;
import org.crp.inventory.device.Device;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.history.History;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Legal holds: several cases may hold one device; placing or releasing the same case's hold again
 * changes nothing, so supplier-service's outbox can retry freely.
 */
@ApplicationScoped
public class HoldService implements PanacheRepositoryBase<DeviceHold, UUID> {

    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private final DeviceService devices;
    private final History history;
    private final Actor actor;
    private final SecurityIdentity identity;

    HoldService(DeviceService devices, History history, Actor actor, SecurityIdentity identity) {
        this.devices = devices;
        this.history = history;
        this.actor = actor;
        this.identity = identity;
    }

    @Transactional
    public DeviceView place(UUID deviceId, String caseId, String reason) {
        checkCaseId(caseId);
        Device device = devices.requireLocked(deviceId);
        if (active(deviceId, caseId).isEmpty()) {
            DeviceHold hold = new DeviceHold();
            hold.deviceId = deviceId;
            hold.caseId = caseId;
            hold.reason = reason;
            hold.placedAt = Instant.now();
            hold.placedBy = actor.subject();
            hold.placedByService = actor.hasRole(Roles.SERVICE);
            hold.placedByPrincipal = principal();
            persist(hold);
            List<String> holds = new ArrayList<>(device.legalHolds);
            holds.add(caseId);
            device.legalHolds = holds;
            history.record(History.HOLD, deviceId, "HOLD_PLACED", Map.of("caseId", caseId, "reason", reason == null ? "" : reason));
            flush();
        }
        return DeviceView.of(device);
    }

    @Transactional
    public DeviceView release(UUID deviceId, String caseId) {
        checkCaseId(caseId);
        Device device = devices.requireLocked(deviceId);
        active(deviceId, caseId).ifPresent(hold -> {
            if (hold.placedByService && !hold.placedByPrincipal.equals(principal())) {
                // supplier-service keeps the case's holds: lifting one behind its back (as a person, or as another
                // service, whose account holds the service role too) would leave the case claiming it
                throw ApiException.conflict("The hold of case " + caseId + " on device " + device.serial + " was placed by "
                        + hold.placedByPrincipal + " for that legal case; only " + hold.placedByPrincipal + " may release it:"
                        + " release it there (the case's holds), which lifts it here too");
            }
            hold.releasedAt = Instant.now();
            hold.releasedBy = actor.subject();
            List<String> holds = new ArrayList<>(device.legalHolds);
            holds.remove(caseId);
            device.legalHolds = holds;
            history.record(History.HOLD, deviceId, "HOLD_RELEASED", Map.of("caseId", caseId));
            flush();
        });
        return DeviceView.of(device);
    }

    /** The token's own subject: the account that acts, without the person it may act for ({@link Actor#subject()}). */
    private String principal() {
        return identity.getPrincipal().getName();
    }

    private Optional<DeviceHold> active(UUID deviceId, String caseId) {
        return find("deviceId = ?1 and caseId = ?2 and releasedAt is null", deviceId, caseId).firstResultOptional();
    }

    private static void checkCaseId(String caseId) {
        if (caseId == null || !CASE_ID.matcher(caseId).matches()) {
            throw ApiException.badRequest("caseId", "must be 1 to 64 letters, digits or dashes, such as LC-2026-0001");
        }
    }
}
