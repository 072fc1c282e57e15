package org.crp.inventory.replacement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.inventory.device.Device;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.device.DeviceStatus;
import org.crp.inventory.risk.RiskService;

/**
 * Takes cameras out of a replacement plan for replacement-service: a work order cancelled or failed, or a re-plan
 * that dropped them. Each SCHEDULED camera named goes back to the status it left for the plan; the others are
 * skipped, so a relay may send the same release again.
 */
@ApplicationScoped
public class ReleaseService {

    /** The most devices one release may name: a planner's page. */
    public static final int MAX_DEVICES = 1000;

    /** Where a camera goes back to when the status it had before the plan is not known (scheduled before it was kept). */
    static final DeviceStatus UNKNOWN_BEFORE = DeviceStatus.IN_SERVICE;

    static final String DEFAULT_REASON = "released from a replacement plan";

    public record ReleaseRequest(
            @NotNull @Size(min = 1, max = MAX_DEVICES) List<@NotNull UUID> deviceIds,
            @Size(max = 500) String reason) {
    }

    public record ReleasedDevice(UUID id, String serial, DeviceStatus status) {
    }

    public record SkippedDevice(UUID id, String reason) {
    }

    public record ReleaseResult(int released, List<ReleasedDevice> devices, List<SkippedDevice> skipped) {
    }

    private final DeviceService devices;
    private final RiskService risk;

    ReleaseService(DeviceService devices, RiskService risk) {
        this.devices = devices;
        this.risk = risk;
    }

    /**
     * Releases every named device that is SCHEDULED, in one transaction, with their rows locked so that a concurrent
     * edit or a second release waits and then finds them released. A camera that lands IN_SERVICE at HIGH or
     * CRITICAL risk is FLAGGED by the risk engine's rule, as a re-score would.
     */
    @Transactional
    public ReleaseResult release(ReleaseRequest request) {
        List<UUID> ids = request.deviceIds().stream().distinct().toList();
        Map<UUID, Device> found = devices.findLocked(ids).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        String reason = request.reason() == null || request.reason().isBlank() ? DEFAULT_REASON : request.reason().strip();
        List<ReleasedDevice> released = new ArrayList<>();
        List<SkippedDevice> skipped = new ArrayList<>();
        for (UUID id : ids) {
            Device device = found.get(id);
            if (device == null) {
                skipped.add(new SkippedDevice(id, "no such device"));
            } else if (device.status != DeviceStatus.SCHEDULED) {
                skipped.add(new SkippedDevice(id, "not SCHEDULED (" + device.status + ")"));
            } else {
                DeviceStatus before = device.statusBeforeSchedule == null ? UNKNOWN_BEFORE : device.statusBeforeSchedule;
                devices.moveTo(device, before, reason);
                risk.flagIfDue(device);
                released.add(new ReleasedDevice(device.id, device.serial, device.status));
            }
        }
        return new ReleaseResult(released.size(), released, skipped);
    }
}
