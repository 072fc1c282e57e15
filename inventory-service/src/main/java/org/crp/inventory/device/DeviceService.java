package org.crp.inventory.device;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.inventory.device.DeviceDtos.DeviceRequest;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.site.SiteService;

@ApplicationScoped
public class DeviceService {

    private final DeviceRepository devices;
    private final SiteService sites;

    DeviceService(DeviceRepository devices, SiteService sites) {
        this.devices = devices;
        this.sites = sites;
    }

    @Transactional
    public DeviceView register(DeviceRequest request) {
        String mac = MacAddress.normalize(request.macAddress());
        if (mac == null) {
            throw ApiException.badRequest("macAddress",
                    "is not a MAC address; use six hex pairs such as 44:19:B6:12:34:56, 44-19-B6-12-34-56 or 4419.b612.3456");
        }
        String ip = null;
        if (request.ipAddress() != null && !request.ipAddress().isBlank()) {
            ip = IpAddress.normalize(request.ipAddress());
            if (ip == null) {
                throw ApiException.badRequest("ipAddress", "is not an IPv4 or IPv6 address");
            }
        }
        if (!sites.exists(request.siteId())) {
            throw ApiException.unprocessable("siteId", "no site has id " + request.siteId());
        }
        if (devices.serialTaken(request.serial())) {
            throw ApiException.conflict("A device with serial " + request.serial() + " is already registered");
        }
        if (devices.macTaken(mac)) {
            throw ApiException.conflict("A device with MAC address " + mac + " is already registered");
        }
        Device device = new Device();
        device.serial = request.serial();
        device.assetTag = blankToNull(request.assetTag());
        device.model = request.model().strip();
        device.declaredManufacturer = request.declaredManufacturer().strip();
        device.declaredCountry = request.declaredCountry();
        device.macAddress = mac;
        device.ipAddress = ip;
        device.firmwareVersion = blankToNull(request.firmwareVersion());
        device.siteId = request.siteId();
        device.supplierId = request.supplierId();
        device.contractReference = blankToNull(request.contractReference());
        device.installDate = request.installDate();
        device.status = DeviceStatus.IN_SERVICE;
        devices.persistAndFlush(device);
        return DeviceView.of(device);
    }

    @Transactional
    public DeviceView get(UUID id) {
        return DeviceView.of(devices.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Device", id)));
    }

    @Transactional
    public Page<DeviceView> list(List<UUID> siteIds, List<DeviceStatus> statuses, List<UUID> supplierIds,
            PageRequest page) {
        Filter filter = new Filter().in("siteId", siteIds).in("status", statuses).in("supplierId", supplierIds);
        return Paging.page(devices, filter, page, d -> d.id, DeviceView::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
