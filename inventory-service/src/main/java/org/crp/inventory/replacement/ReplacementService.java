package org.crp.inventory.replacement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.validation.CountryCode;
import org.crp.common.validation.Serials;
import org.crp.common.web.Actor;
import org.crp.inventory.device.Device;
import org.crp.inventory.device.DeviceDtos.DeviceRequest;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.device.DeviceStatus;
import org.crp.inventory.device.SingleLine;
import org.crp.inventory.history.History;
import org.crp.inventory.risk.RiskReason;
import org.crp.inventory.risk.RiskRules;
import org.crp.inventory.risk.RiskService;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Records a finished swap for replacement-service. Idempotent by work-order id: a replay gets the
 * first answer and writes nothing. A covered camera must never replace a covered camera, so the
 * new one is assessed first and refused when covered or relabel-suspected.
 */
@ApplicationScoped
public class ReplacementService implements PanacheRepositoryBase<Replacement, UUID> {

    public record NewCamera(
            @NotBlank @Size(max = Serials.MAX) @Pattern(regexp = Serials.PATTERN, message = Serials.RULE) String serial,
            @NotBlank @Size(max = 100) @SingleLine String model,
            @NotBlank @Size(max = 100) @SingleLine String manufacturer,
            @NotNull @CountryCode String country,
            @NotBlank @Size(max = 32) String macAddress,
            @Size(max = 45) String ipAddress,
            @Size(max = 64) @SingleLine String firmwareVersion,
            UUID supplierId,
            @Size(max = 64) @SingleLine String contractReference,
            @PastOrPresent LocalDate installDate) {
    }

    public record ReplacementRequest(@NotNull UUID workOrderId, @NotNull UUID oldDeviceId,
            @NotNull @Valid NewCamera newDevice) {
    }

    private final DeviceService devices;
    private final RiskService risk;
    private final Actor actor;
    private final History history;

    ReplacementService(DeviceService devices, RiskService risk, Actor actor, History history) {
        this.devices = devices;
        this.risk = risk;
        this.actor = actor;
        this.history = history;
    }

    /** Answers the stored result of an earlier call with the same work order, or records the swap. */
    @Transactional
    public Map<String, Object> record(ReplacementRequest request) {
        Replacement earlier = findById(request.workOrderId());
        if (earlier != null) {
            return earlier.answer;
        }
        Device old = devices.requireLocked(request.oldDeviceId());
        // the same work order sent twice at once: the second waited for the device while the first recorded it
        earlier = findById(request.workOrderId());
        if (earlier != null) {
            return earlier.answer;
        }
        if (old.replacedByDeviceId != null) {
            throw ApiException.conflict("Device " + old.serial + " was already replaced by another work order");
        }
        NewCamera camera = request.newDevice();
        DeviceRequest registration = new DeviceRequest(camera.serial(), null, camera.model(), camera.manufacturer(),
                camera.country(), camera.macAddress(), camera.ipAddress(), camera.firmwareVersion(), old.siteId, old.zoneId,
                camera.supplierId(), camera.contractReference(), camera.installDate());
        refuseIfCovered(registration);
        devices.moveTo(old, DeviceStatus.REMOVED, "replaced under work order " + request.workOrderId());
        DeviceView created = devices.register(registration);
        Device fresh = devices.require(created.id());
        fresh.replacesDeviceId = old.id;
        old.replacedByDeviceId = fresh.id;
        // the links come after the new camera's CREATED snapshot and the old one's STATUS_CHANGED: each gets its entry
        history.record(History.DEVICE, old.id, "REPLACEMENT_LINKED", link(request.workOrderId(), "replacedByDeviceId", fresh.id));
        history.record(History.DEVICE, fresh.id, "REPLACEMENT_LINKED", link(request.workOrderId(), "replacesDeviceId", old.id));

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("workOrderId", request.workOrderId().toString());
        answer.put("oldDeviceId", old.id.toString());
        answer.put("oldDeviceStatus", old.status.name());
        answer.put("newDeviceId", fresh.id.toString());
        answer.put("newDeviceStatus", fresh.status.name());
        Replacement replacement = new Replacement();
        replacement.workOrderId = request.workOrderId();
        replacement.oldDeviceId = old.id;
        replacement.newDeviceId = fresh.id;
        replacement.answer = answer;
        replacement.recordedBy = actor.subject();
        replacement.recordedAt = Instant.now();
        persist(replacement);
        flush();
        return answer;
    }

    private static Map<String, Object> link(UUID workOrderId, String field, UUID otherDevice) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("workOrderId", workOrderId.toString());
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("from", null);
        change.put("to", otherDevice.toString());
        changes.put(field, change);
        return changes;
    }

    private void refuseIfCovered(DeviceRequest registration) {
        Device candidate = new Device();
        candidate.declaredManufacturer = registration.declaredManufacturer();
        candidate.verifiedManufacturer = registration.declaredManufacturer();
        candidate.declaredCountry = registration.declaredCountry();
        candidate.macAddress = org.crp.inventory.device.MacAddress.normalize(registration.macAddress());
        candidate.zoneId = registration.zoneId();
        List<RiskReason> blocking = risk.assess(candidate).reasons().stream()
                .filter(r -> r.code().equals(RiskRules.COVERED_MANUFACTURER) || r.code().equals(RiskRules.RELABEL_SUSPECTED))
                .toList();
        if (!blocking.isEmpty()) {
            throw new ApiException(422, "covered-replacement", "Replacement camera refused",
                    "The new camera would itself be covered: " + blocking.stream().map(RiskReason::detail).toList(),
                    blocking.stream().map(r -> new Problem.FieldError("newDevice", r.code() + ": " + r.detail())).toList());
        }
    }
}
