package org.crp.inventory.bulk;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.problem.ApiException;
import org.crp.inventory.device.Device;
import org.crp.inventory.device.DeviceRepository;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.device.DeviceService.DeviceQuery;
import org.crp.inventory.device.DeviceStatus;

/** Moves every device matching a filter to one status, all or nothing. */
@ApplicationScoped
public class BulkStatusService {

    static final int MAX_DEVICES = 100_000;

    public record BulkStatusResult(long devices, DeviceStatus status) {
    }

    private final DeviceRepository repository;
    private final DeviceService devices;

    BulkStatusService(DeviceRepository repository, DeviceService devices) {
        this.repository = repository;
        this.devices = devices;
    }

    @Transactional
    public BulkStatusResult change(DeviceQuery query, DeviceStatus target, String reason) {
        Filter filter = query.filter();
        long count = repository.count(filter.where(), filter.params());
        if (count == 0) {
            throw ApiException.unprocessable("No device matches the filter; nothing was changed");
        }
        if (count > MAX_DEVICES) {
            throw ApiException.unprocessable(count + " devices match; narrow the filter to at most " + MAX_DEVICES);
        }
        List<Device> matched = repository.find(filter.where() + " order by id", filter.params()).list();
        List<String> refused = matched.stream()
                .filter(d -> !d.status.canMoveTo(target) || target == DeviceStatus.DISPOSED && !d.legalHolds.isEmpty())
                .map(d -> d.serial + " (" + d.status + (d.legalHolds.isEmpty() ? "" : ", held by " + d.legalHolds) + ")")
                .toList();
        if (!refused.isEmpty()) {
            throw ApiException.conflict(refused.size() + " of " + count + " devices cannot go to " + target
                    + "; nothing was changed. First ones: " + refused.subList(0, Math.min(10, refused.size())));
        }
        for (Device device : matched) {
            devices.moveTo(device, target, reason);
        }
        repository.flush();
        return new BulkStatusResult(count, target);
    }
}
