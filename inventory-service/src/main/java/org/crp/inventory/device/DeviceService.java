package org.crp.inventory.device;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.paging.Sort;
import org.crp.common.paging.SortKey;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.common.web.Echo;
import org.crp.common.web.QueryParams;
import org.crp.inventory.device.DeviceDtos.DeviceRequest;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.device.DeviceDtos.StatusChange;
import org.crp.inventory.history.History;
import org.crp.inventory.risk.RiskLevel;
import org.crp.inventory.risk.RiskService;
import org.crp.inventory.site.SiteService;
import org.crp.inventory.zone.Zone;
import org.crp.inventory.zone.ZoneRepository;

@ApplicationScoped
public class DeviceService {

    private final DeviceRepository devices;
    private final SiteService sites;
    private final ZoneRepository zones;
    private final RiskService risk;
    private final History history;

    DeviceService(DeviceRepository devices, SiteService sites, ZoneRepository zones, RiskService risk, History history) {
        this.devices = devices;
        this.sites = sites;
        this.zones = zones;
        this.risk = risk;
        this.history = history;
    }

    @Transactional
    public DeviceView register(DeviceRequest request) {
        Device device = new Device();
        device.status = DeviceStatus.IN_SERVICE;
        apply(device, request);
        devices.persist(device);
        history.record(History.DEVICE, device.id, "CREATED", History.snapshot(DeviceView.of(device)));
        risk.rescore(device);
        devices.flush();
        return DeviceView.of(device);
    }

    @Transactional
    public DeviceView update(UUID id, DeviceRequest request, String ifMatch) {
        Device device = require(id);
        ETags.requireMatch(ifMatch, device.version);
        DeviceView before = DeviceView.of(device);
        apply(device, request);
        risk.rescore(device);
        devices.flush();
        DeviceView after = DeviceView.of(device);
        history.record(History.DEVICE, id, "UPDATED", History.diff(before, after));
        return after;
    }

    @Transactional
    public DeviceView changeStatus(UUID id, StatusChange change, String ifMatch) {
        Device device = require(id);
        ETags.requireMatch(ifMatch, device.version);
        moveTo(device, change.status(), change.reason());
        devices.flush();
        return DeviceView.of(device);
    }

    /** Applies one status transition with its checks and history; used by every feature that moves devices. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(Device device, DeviceStatus target, String reason) {
        if (!device.status.canMoveTo(target)) {
            throw ApiException.conflict("Device " + device.serial + " cannot go from " + device.status + " to " + target
                    + "; allowed: " + (device.status.next().isEmpty() ? "none" : device.status.next()));
        }
        if (target == DeviceStatus.DISPOSED && !device.legalHolds.isEmpty()) {
            throw ApiException.conflict("Device " + device.serial + " is under legal hold by " + device.legalHolds
                    + "; it cannot be disposed of until every hold is released");
        }
        history.record(History.DEVICE, device.id, "STATUS_CHANGED", Map.of("status",
                Map.of("from", device.status.name(), "to", target.name()), "reason", reason == null ? "" : reason));
        // a release from a plan returns the camera to where it was; any other way out of SCHEDULED forgets it
        device.statusBeforeSchedule = target == DeviceStatus.SCHEDULED ? device.status : null;
        device.status = target;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Device device = require(id);
        ETags.requireMatch(ifMatch, device.version);
        if (!device.legalHolds.isEmpty()) {
            throw ApiException.conflict("Device " + device.serial + " is under legal hold by " + device.legalHolds
                    + "; it cannot be deleted until every hold is released");
        }
        if (device.replacesDeviceId != null || device.replacedByDeviceId != null) {
            throw ApiException.conflict("Device " + device.serial + " is part of a recorded replacement and is kept");
        }
        if (device.status == DeviceStatus.SCHEDULED) {
            // a work order will swap it: its completion would find no camera to remove
            throw ApiException.conflict("Device " + device.serial + " is SCHEDULED for replacement by a work order;"
                    + " cancel the work order (or move the device out of SCHEDULED) before deleting it");
        }
        refuseIfEvidence(device);
        history.record(History.DEVICE, id, "DELETED", History.snapshot(DeviceView.of(device)));
        devices.delete(device);
    }

    /**
     * Inspections, network observations and released holds refer to their camera and are evidence: a camera with any
     * is kept (its keys would refuse the delete anyway, as a bare constraint violation).
     */
    private void refuseIfEvidence(Device device) {
        Object[] counts = (Object[]) devices.getEntityManager().createNativeQuery("select"
                + " (select count(*) from inspection where device_id = ?1),"
                + " (select count(*) from network_observation where device_id = ?1),"
                + " (select count(*) from device_hold where device_id = ?1)").setParameter(1, device.id).getSingleResult();
        long inspections = ((Number) counts[0]).longValue();
        long observations = ((Number) counts[1]).longValue();
        // active holds were refused before: these were released, and stay as the record of the case's hold
        long holds = ((Number) counts[2]).longValue();
        if (inspections + observations + holds == 0) {
            return;
        }
        List<String> evidence = new ArrayList<>();
        count(evidence, inspections, "inspection", "inspections");
        count(evidence, observations, "network observation", "network observations");
        count(evidence, holds, "released legal hold", "released legal holds");
        String listed = evidence.size() == 1 ? evidence.get(0)
                : String.join(", ", evidence.subList(0, evidence.size() - 1)) + " and " + evidence.get(evidence.size() - 1);
        String instead = device.status.canMoveTo(DeviceStatus.REMOVED) ? "move it to REMOVED (and later DISPOSED) instead"
                : device.status.canMoveTo(DeviceStatus.DISPOSED) ? "move it to DISPOSED instead"
                : "it stays in the register as " + device.status;
        throw ApiException.conflict("Device " + device.serial + " has " + listed + ", which "
                + (inspections + observations + holds == 1 ? "is evidence and is" : "are evidence and are") + " kept; "
                + instead);
    }

    private static void count(List<String> parts, long n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    /**
     * Device reads are one statement each and run without a transaction: no BEGIN and COMMIT round
     * trips (a list page of a million devices, wrk at 32 clients on 2 cores: 2,000-2,160 -> 2,350-2,590 pages/s).
     */
    public DeviceView get(UUID id) {
        return devices.view(id).orElseThrow(() -> ApiException.notFound("Device", id));
    }

    /** The list's filters; empty lists and nulls mean "any". */
    public record DeviceQuery(List<UUID> siteIds, List<UUID> zoneIds, List<DeviceStatus> statuses,
            List<RiskLevel> riskLevels, List<String> reasons, Integer minScore, String maker, List<UUID> supplierIds,
            Boolean held, String text, List<String> serials) {

        /** The most serials one request may name: a planner's batch, still a cheap index lookup. */
        public static final int MAX_SERIALS = 1000;

        /** From raw query parameters, as the list, the export and bulk changes receive them. */
        public static DeviceQuery parse(List<String> siteId, List<String> zoneId, List<String> status,
                List<String> riskLevel, List<String> reason, Integer minScore, String maker, List<String> supplierId,
                Boolean held, String text, List<String> serial) {
            return new DeviceQuery(QueryParams.uuids("siteId", siteId), QueryParams.uuids("zoneId", zoneId),
                    QueryParams.enums("status", status, DeviceStatus.class),
                    QueryParams.enums("riskLevel", riskLevel, RiskLevel.class), QueryParams.texts("reason", reason),
                    minScore, maker, QueryParams.uuids("supplierId", supplierId), held, text, serials(serial));
        }

        /** Exact serials, repeated for OR; at most {@link #MAX_SERIALS}, each as a serial may be written. */
        static List<String> serials(List<String> raw) {
            if (raw == null || raw.isEmpty()) {
                return List.of();
            }
            if (raw.size() > MAX_SERIALS) {
                throw ApiException.badRequest("serial", raw.size() + " values given; at most " + MAX_SERIALS
                        + " per request, so split the list into several requests");
            }
            for (String value : raw) {
                if (value == null || value.isBlank() || value.length() > 64) {
                    throw ApiException.badRequest("serial", "'" + (value == null ? "" : Echo.of(value, 64))
                            + "' is not a serial (1 to 64 characters)");
                }
            }
            return raw.stream().distinct().toList();
        }

        public Filter filter() {
            return new Filter().in("siteId", siteIds).in("zoneId", zoneIds).in("status", statuses)
                    .in("riskLevel", riskLevels).overlaps("riskCodes", reasons).atLeast("riskScore", minScore)
                    .equalsIgnoreCaseAny(maker, "declaredManufacturer", "verifiedManufacturer")
                    .in("supplierId", supplierIds)
                    .when(Boolean.TRUE.equals(held), "array_length(legalHolds) > 0")
                    .when(Boolean.FALSE.equals(held), "coalesce(array_length(legalHolds), 0) = 0")
                    .containsAny(text, "serial", "model", "assetTag")
                    .in("serial", serials);
        }
    }

    /** The orders the list offers besides the default (creation, by id); each has an index on (field, id). */
    public static final List<SortKey<DeviceView>> SORTS = List.of(
            new SortKey<>("riskScore", "riskScore", Integer.class, false, DeviceView::riskScore),
            new SortKey<>("serial", "serial", String.class, false, DeviceView::serial),
            new SortKey<>("installDate", "installDate", LocalDate.class, true, DeviceView::installDate),
            new SortKey<>("createdAt", "createdAt", Instant.class, false, DeviceView::createdAt));

    /** Reads the list's {@code sort} parameter; absent is the default order by creation. */
    public static Sort<DeviceView> sort(String raw) {
        return Sort.parse(raw, SORTS);
    }

    public Page<DeviceView> list(DeviceQuery query, PageRequest page) {
        return list(query, null, page);
    }

    /**
     * Reads views straight from the columns (see {@link DeviceRepository#views}), not entities, without a
     * transaction as {@link #get} does; a requested total is a second statement.
     */
    public Page<DeviceView> list(DeviceQuery query, Sort<DeviceView> sort, PageRequest page) {
        return Paging.page(devices::views, devices::count, query.filter(), page, sort, DeviceView::id, view -> view);
    }

    public boolean exists(UUID id) {
        return devices.findByIdOptional(id).isPresent();
    }

    public Device require(UUID id) {
        return devices.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Device", id));
    }

    /**
     * The device with its row locked until the transaction ends, for the internal writes that carry no If-Match
     * (holds, swaps): they wait for a concurrent writer of the device and then apply to what it left, where an
     * optimistic check would refuse them with a 409 that a relaying service could only give up on.
     */
    public Device requireLocked(UUID id) {
        return devices.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound("Device", id));
    }

    /**
     * The devices among {@code ids} that exist, each row locked until the transaction ends as {@link #requireLocked}
     * locks one; locked in id order, so two callers naming the same devices wait for each other instead of deadlocking.
     */
    public List<Device> findLocked(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return devices.find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Checks and copies the editable fields; serial and MAC stay unique. */
    private void apply(Device device, DeviceRequest request) {
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
        if (request.zoneId() != null) {
            Zone zone = zones.findByIdOptional(request.zoneId())
                    .orElseThrow(() -> ApiException.unprocessable("zoneId", "no zone has id " + request.zoneId()));
            if (!zone.siteId.equals(request.siteId())) {
                throw ApiException.unprocessable("zoneId", "zone " + zone.code + " belongs to another site");
            }
        }
        UUID self = device.id == null ? new UUID(0, 0) : device.id;
        if (devices.count("serial = ?1 and id <> ?2", request.serial(), self) > 0) {
            throw ApiException.conflict("A device with serial " + request.serial() + " is already registered");
        }
        if (devices.count("macAddress = ?1 and id <> ?2", mac, self) > 0) {
            throw ApiException.conflict("A device with MAC address " + mac + " is already registered");
        }
        device.serial = request.serial();
        device.assetTag = blankToNull(request.assetTag());
        device.model = request.model().strip();
        device.declaredManufacturer = request.declaredManufacturer().strip();
        device.declaredCountry = request.declaredCountry();
        device.macAddress = mac;
        device.ipAddress = ip;
        device.firmwareVersion = blankToNull(request.firmwareVersion());
        device.siteId = request.siteId();
        device.zoneId = request.zoneId();
        device.supplierId = request.supplierId();
        device.contractReference = blankToNull(request.contractReference());
        device.installDate = request.installDate();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
