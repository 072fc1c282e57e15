package org.crp.inventory.zone;

import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.inventory.device.DeviceRepository;
import org.crp.inventory.history.History;
import org.crp.inventory.risk.RiskRescorer;
import org.crp.inventory.site.SiteService;
import org.crp.inventory.zone.ZoneDtos.ZoneRequest;
import org.crp.inventory.zone.ZoneDtos.ZoneView;

@ApplicationScoped
public class ZoneService {

    private final ZoneRepository zones;
    private final DeviceRepository devices;
    private final SiteService sites;
    private final History history;
    private final RiskRescorer rescorer;

    ZoneService(ZoneRepository zones, DeviceRepository devices, SiteService sites, History history,
            RiskRescorer rescorer) {
        this.zones = zones;
        this.devices = devices;
        this.sites = sites;
        this.history = history;
        this.rescorer = rescorer;
    }

    @Transactional
    public ZoneView create(ZoneRequest request) {
        if (!sites.exists(request.siteId())) {
            throw ApiException.unprocessable("siteId", "no site has id " + request.siteId());
        }
        if (zones.codeTaken(request.siteId(), request.code(), null)) {
            throw ApiException.conflict("The site already has a zone with code " + request.code());
        }
        Zone zone = new Zone();
        zone.siteId = request.siteId();
        apply(zone, request);
        zones.persistAndFlush(zone);
        ZoneView view = ZoneView.of(zone);
        history.record(History.ZONE, zone.id, "CREATED", History.snapshot(view));
        return view;
    }

    @Transactional
    public ZoneView update(UUID id, ZoneRequest request, String ifMatch) {
        Zone zone = require(id);
        ETags.requireMatch(ifMatch, zone.version);
        if (!zone.siteId.equals(request.siteId())) {
            throw ApiException.unprocessable("siteId", "a zone cannot move to another site; create a new zone instead");
        }
        if (zones.codeTaken(zone.siteId, request.code(), id)) {
            throw ApiException.conflict("The site already has a zone with code " + request.code());
        }
        ZoneView before = ZoneView.of(zone);
        apply(zone, request);
        zones.flush();
        ZoneView after = ZoneView.of(zone);
        history.record(History.ZONE, id, "UPDATED", History.diff(before, after));
        if (before.criticality() != after.criticality()) {
            // the zone's criticality weighs its devices' scores
            rescorer.rescoreZone(id, history.cause("zone " + after.code() + " criticality changed from "
                    + before.criticality() + " to " + after.criticality()));
        }
        return after;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Zone zone = require(id);
        ETags.requireMatch(ifMatch, zone.version);
        long count = devices.count("zoneId", id);
        if (count > 0) {
            throw ApiException.conflict("Zone " + zone.code + " still has " + count + " devices; move or remove them first");
        }
        history.record(History.ZONE, id, "DELETED", History.snapshot(ZoneView.of(zone)));
        zones.delete(zone);
    }

    public boolean exists(UUID id) {
        return zones.findByIdOptional(id).isPresent();
    }

    @Transactional
    public ZoneView get(UUID id) {
        return ZoneView.of(require(id));
    }

    @Transactional
    public Page<ZoneView> list(List<UUID> siteIds, List<ZoneKind> kinds, PageRequest page) {
        return Paging.page(zones, new Filter().in("siteId", siteIds).in("kind", kinds), page, z -> z.id, ZoneView::of);
    }

    public Zone require(UUID id) {
        return zones.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Zone", id));
    }

    private static void apply(Zone zone, ZoneRequest request) {
        zone.code = request.code();
        zone.name = request.name().strip();
        zone.kind = request.kind();
        zone.criticality = request.criticality();
        zone.maxOutOfServiceFraction = request.maxOutOfServiceFraction().setScale(3, RoundingMode.HALF_UP);
    }
}
