package org.crp.replacement.planner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.web.Actor;
import org.crp.replacement.catalogue.ReplacementModel;
import org.crp.replacement.catalogue.ReplacementModelRepository;
import org.crp.replacement.client.Inventory;
import org.crp.replacement.client.InventoryDtos.BulkStatusCall;
import org.crp.replacement.client.InventoryDtos.DevicePage;
import org.crp.replacement.client.InventoryDtos.InventoryDevice;
import org.crp.replacement.client.InventoryDtos.InventorySite;
import org.crp.replacement.client.InventoryDtos.InventoryZone;
import org.crp.replacement.client.InventoryDtos.SitePage;
import org.crp.replacement.client.InventoryDtos.ZonePage;
import org.crp.replacement.client.InventoryRefusal;
import org.crp.replacement.config.ClockProducer;
import org.crp.replacement.outbox.Outbox;
import org.crp.replacement.planner.PlanProblem.Device;
import org.crp.replacement.planner.PlanProblem.Fixed;
import org.crp.replacement.planner.PlanProblem.Model;
import org.crp.replacement.planner.PlanProblem.Vendor;
import org.crp.replacement.planner.PlanProblem.Zone;
import org.crp.replacement.planner.PlanningDtos.PlanView;
import org.crp.replacement.planner.PlanningDtos.WaveView;
import org.crp.replacement.programme.Programme;
import org.crp.replacement.programme.ProgrammeRepository;
import org.crp.replacement.programme.ProgrammeStatus;
import org.crp.replacement.programme.RiskLevel;
import org.crp.replacement.vendor.VendorRepository;
import org.crp.replacement.vendor.VendorStatus;
import org.crp.replacement.workorder.SyncState;
import org.crp.replacement.workorder.WorkOrder;
import org.crp.replacement.workorder.WorkOrderRepository;
import org.crp.replacement.workorder.WorkOrderRepository.LiveOrder;
import org.crp.replacement.workorder.WorkOrderStatus;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Plans a programme: reads the programme, vendors and catalogue here, pages through inventory's
 * sites, zones and cameras in scope, runs the pure {@link Planner}, stores the work orders and the
 * figures in one transaction, then tells inventory which cameras are now SCHEDULED, in pages of serials
 * through its atomic bulk status change.
 */
@ApplicationScoped
public class PlanningService {

    private static final Logger LOG = Logger.getLogger(PlanningService.class);
    /** Cameras that are still up and may be swapped; REMOVED and DISPOSED ones are gone already. */
    static final List<String> UP = List.of("IN_SERVICE", "FLAGGED", "QUARANTINED", "SCHEDULED");
    /** The statuses a camera may go to SCHEDULED from. */
    static final List<String> SCHEDULABLE = List.of("IN_SERVICE", "FLAGGED", "QUARANTINED");
    private static final int IDS_PER_QUERY = 50;

    private final ProgrammeRepository programmes;
    private final VendorRepository vendors;
    private final ReplacementModelRepository models;
    private final WorkOrderRepository orders;
    private final Inventory inventory;
    private final Actor actor;
    private final Clock clock;
    private final Outbox outbox;

    PlanningService(ProgrammeRepository programmes, VendorRepository vendors, ReplacementModelRepository models,
            WorkOrderRepository orders, Inventory inventory, Actor actor, Clock clock, Outbox outbox) {
        this.clock = clock;
        this.outbox = outbox;
        this.programmes = programmes;
        this.vendors = vendors;
        this.models = models;
        this.orders = orders;
        this.inventory = inventory;
        this.actor = actor;
    }

    /** How often a plan is made again because another programme's plan was stored while it was being made. */
    static final int ATTEMPTS = 3;

    /** What planning reads from this service's own tables, in one short transaction, and the planning epoch it read. */
    private record Local(Programme programme, List<Vendor> vendors, List<Model> models, Map<UUID, ReplacementModel> catalogue,
            List<WorkOrder> kept, List<LiveOrder> liveElsewhere, long epoch) {
    }

    /** Another programme's plan was stored after this one read the live orders: it is made again from fresh ones. */
    private static final class Outdated extends RuntimeException {
        Outdated() {
            super(null, null, false, false);
        }
    }

    /**
     * Plans the programme against the live orders of every other programme. Two programmes planned at the same moment
     * cannot both take the same day's capacity or room: the later store finds the epoch moved and plans again.
     */
    public PlanView plan(UUID programmeId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return planOnce(programmeId);
            } catch (Outdated e) {
                LOG.infof("Programme %s: another plan was stored while it was planned (attempt %d); planning again",
                        programmeId, attempt);
            }
        }
        throw ApiException.conflict("Other programmes' plans were stored " + ATTEMPTS + " times while programme "
                + programmeId + " was being planned; plan it again");
    }

    private PlanView planOnce(UUID programmeId) {
        Local local = QuarkusTransaction.requiringNew().call(() -> readLocal(programmeId));
        Programme programme = local.programme();

        Map<UUID, String> siteRegions;
        Map<UUID, InventoryZone> zones;
        List<InventoryDevice> devices;
        Set<String> concern;
        Set<String> coveredMakers = new HashSet<>();
        try {
            concern = Set.copyOf(inventory.countriesOfConcern());
            // a maker put on the watchlist after its models joined the catalogue: inventory would refuse every swap
            for (String maker : local.catalogue().values().stream().map(m -> m.manufacturer).distinct().sorted().toList()) {
                if (inventory.watchlistMatch(maker).covered()) {
                    coveredMakers.add(maker);
                }
            }
            siteRegions = sites();
            devices = devices(programme);
            zones = zones(programme);
        } catch (InventoryRefusal e) {
            throw ApiException.unprocessable("inventory refused to list what is in scope: " + e.getMessage());
        } catch (RuntimeException e) {
            throw Inventory.unavailable(e);
        }

        Set<UUID> keptDevices = local.kept().stream().map(o -> o.deviceId).collect(Collectors.toSet());
        Set<UUID> heldElsewhere = local.liveElsewhere().stream().map(LiveOrder::deviceId).collect(Collectors.toSet());
        Map<UUID, Integer> zoneSizes = new HashMap<>();
        devices.stream().filter(d -> d.zoneId() != null).forEach(d -> zoneSizes.merge(d.zoneId(), 1, Integer::sum));
        Map<UUID, Zone> planZones = new HashMap<>();
        zoneSizes.forEach((id, size) -> {
            InventoryZone z = zones.get(id);
            if (z != null) {
                planZones.put(id, new Zone(id, z.code(), z.kind(), z.criticality(),
                        z.maxOutOfServiceFraction().doubleValue(), size));
            }
        });
        List<InventoryDevice> inScope = devices.stream().filter(d -> inScope(programme, d))
                .filter(d -> !keptDevices.contains(d.id()) && !heldElsewhere.contains(d.id())).toList();
        Map<UUID, InventoryDevice> byId = inScope.stream().collect(Collectors.toMap(InventoryDevice::id, Function.identity()));
        List<Device> planDevices = inScope.stream().map(d -> new Device(d.id(), d.siteId(), d.zoneId(), d.score(),
                planZones.containsKey(d.zoneId()) ? planZones.get(d.zoneId()).criticality() : 0)).toList();
        List<Fixed> fixed = local.kept().stream()
                .map(o -> new Fixed(o.deviceId, o.siteId, o.zoneId, o.vendorId, o.scheduledDate)).toList();
        // other programmes' live orders take vendor capacity and zone room on their days, as this one's kept orders do
        List<Fixed> elsewhere = local.liveElsewhere().stream()
                .map(o -> new Fixed(o.deviceId(), o.siteId(), o.zoneId(), o.vendorId(), o.day())).toList();

        // a model added before its country joined inventory's countries of concern, or its maker the watchlist, is not
        // planned any more: inventory would refuse the swap
        List<Model> usable = local.models().stream().filter(m -> {
            ReplacementModel model = local.catalogue().get(m.id());
            return !concern.contains(model.countryOfOrigin) && !coveredMakers.contains(model.manufacturer);
        }).toList();
        // a programme under way is planned from today: days gone by cannot be worked
        LocalDate today = LocalDate.now(clock);
        LocalDate from = programme.startDate.isBefore(today) ? today : programme.startDate;
        PlanProblem problem = new PlanProblem(planDevices, siteRegions, planZones, local.vendors(), usable, fixed,
                elsewhere, from, programme.targetDate, new HashSet<>(programme.blackoutDates), programme.budget,
                PlanProblem.DEFAULT_HORIZON_DAYS);
        Plan planned;
        try {
            planned = Planner.plan(problem);
        } catch (Infeasible e) {
            throw new ApiException(422, "infeasible-plan", "Programme cannot be planned", e.getMessage(),
                    List.of(new Problem.FieldError(e.rule(), e.getMessage())));
        }
        // the plan's cost is that of the orders it keeps and of the new ones, against the budget
        BigDecimal keptCost = local.kept().stream().map(o -> o.unitCost.add(o.installCost)).reduce(BigDecimal.ZERO, BigDecimal::add);
        Plan plan = new Plan(planned.assignments(), planned.figures().withKeptCost(keptCost, programme.budget));
        if (plan.figures().hardViolations() > 0) {
            // never store a plan that breaks a hard rule; the checker's findings go to the log
            LOG.errorf("Plan for programme %s breaks hard rules: %s", programmeId,
                    PlanChecker.describe(problem, plan.assignments()));
            throw new ApiException(422, "infeasible-plan", "Programme cannot be planned",
                    "The planner produced a plan that breaks " + plan.figures().hardViolations() + " hard rule(s); it was not stored",
                    null);
        }
        Map<UUID, String> regions = siteRegions;
        QuarkusTransaction.requiringNew().run(() -> store(programmeId, local, plan, byId, regions));

        List<String> failures = new ArrayList<>();
        List<String> serials = new ArrayList<>();
        // every planned camera, also one read as SCHEDULED: a release may have taken it out since (the bulk change
        // moves only cameras that are not SCHEDULED, so the others are left as they are)
        for (Assignment a : plan.assignments()) {
            InventoryDevice device = byId.get(a.deviceId());
            if (device.serial() == null || device.serial().isBlank()) {
                if (failures.size() < 100) {
                    failures.add(a.deviceId() + ": inventory gave no serial for this camera, so it cannot be named in a bulk change");
                }
            } else {
                serials.add(device.serial());
            }
        }
        long scheduled = schedule(programmeId, serials, failures);
        return new PlanView(programmeId, plan.figures(), waves(programmeId), Math.toIntExact(scheduled), failures);
    }

    /**
     * Moves the planned cameras to SCHEDULED with inventory's atomic bulk change, a page of serials at
     * a time, each page all or nothing. Only cameras still IN_SERVICE, FLAGGED or QUARANTINED are
     * matched, so a page repeated after a lost answer moves nothing twice. A page inventory refuses
     * or cannot take is named in {@code failures}; planning again retries it.
     */
    private long schedule(UUID programmeId, List<String> serials, List<String> failures) {
        long scheduled = 0;
        for (List<String> page : pages(serials, Inventory.BULK_PAGE)) {
            BulkStatusCall call = new BulkStatusCall(page, SCHEDULABLE, "SCHEDULED",
                    "replacement planned in programme " + programmeId);
            try {
                scheduled += inventory.bulkStatus(call).devices();
            } catch (InventoryRefusal e) {
                if (e.status() != 422) {
                    failures.add(describe(page) + ": inventory refused (" + e.status() + "): " + e.getMessage());
                }
                // 422: none of them is still unscheduled (moved meanwhile, or by a retried call): nothing to do
            } catch (RuntimeException e) {
                failures.add(describe(page) + ": inventory could not be asked: " + e.getMessage());
            }
        }
        return scheduled;
    }

    private static String describe(List<String> page) {
        return page.size() + " cameras, serials " + page.get(0) + " to " + page.get(page.size() - 1);
    }

    /** Serials in sorted pages of at most {@code size}, so the same plan makes the same calls. */
    static List<List<String>> pages(List<String> serials, int size) {
        List<String> sorted = serials.stream().distinct().sorted().toList();
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += size) {
            pages.add(sorted.subList(i, Math.min(sorted.size(), i + size)));
        }
        return pages;
    }

    @Transactional
    public PlanView get(UUID programmeId) {
        Programme programme = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiException.notFound("Programme", programmeId));
        if (programme.plan == null) {
            throw ApiException.notFound("Plan of programme", programmeId);
        }
        return new PlanView(programmeId, programme.plan, waves(programmeId), null, null);
    }

    private Local readLocal(UUID programmeId) {
        Programme programme = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiException.notFound("Programme", programmeId));
        if (programme.status == ProgrammeStatus.COMPLETED) {
            throw ApiException.conflict("Programme " + programmeId + " is COMPLETED; there is nothing left to plan");
        }
        programmes.getEntityManager().detach(programme);
        List<Vendor> vendorList = vendors.listAll().stream()
                .map(v -> new Vendor(v.id, v.name, v.status == VendorStatus.APPROVED, Set.copyOf(v.regions), v.installsPerDay))
                .toList();
        List<UUID> vendorIds = vendorList.stream().map(Vendor::id).toList();
        List<ReplacementModel> catalogue = models.ofVendors(vendorIds);
        List<Model> modelList = catalogue.stream()
                .map((ReplacementModel m) -> new Model(m.id, m.vendorId, m.unitCost, m.installCost, m.leadTimeDays)).toList();
        catalogue.forEach(m -> models.getEntityManager().detach(m));
        Map<UUID, ReplacementModel> byId = catalogue.stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<WorkOrder> kept = orders.ofProgramme(programmeId, WorkOrderStatus.KEPT_BY_REPLAN);
        kept.forEach(o -> orders.getEntityManager().detach(o));
        long epoch = ((Number) orders.getEntityManager().createNativeQuery("select epoch from planning_epoch where id = 1")
                .getSingleResult()).longValue();
        return new Local(programme, vendorList, modelList, byId, kept, orders.liveElsewhere(programmeId), epoch);
    }

    private void store(UUID programmeId, Local local, Plan plan, Map<UUID, InventoryDevice> devices,
            Map<UUID, String> regions) {
        // waits for a store running now; none may have been stored since this plan read the live orders
        int moved = orders.getEntityManager().createNativeQuery(
                "update planning_epoch set epoch = epoch + 1 where id = 1 and epoch = :read")
                .setParameter("read", local.epoch()).executeUpdate();
        if (moved == 0) {
            throw new Outdated();
        }
        // locked until the plan is stored: a status change or an edit meanwhile waits, then fails on the new version
        Programme programme = programmes.findByIdOptional(programmeId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Programme", programmeId));
        if (programme.version != local.programme().version) {
            throw ApiException.conflict("Programme " + programmeId + " changed while it was being planned; plan it again");
        }
        Set<UUID> dropped = new HashSet<>(orders.plannedDevices(programmeId));
        orders.deletePlanned(programmeId);
        plan.assignments().forEach(a -> dropped.remove(a.deviceId()));
        // cameras the old plan had SCHEDULED that no order of the new one swaps go back to where they were
        outbox.enqueueRelease(dropped, null, "dropped when programme " + programmeId + " was planned again");
        String by = actor.subject();
        Map<UUID, ReplacementModel> catalogue = new HashMap<>();
        int count = 0;
        for (Assignment a : plan.assignments()) {
            ReplacementModel model = catalogue.computeIfAbsent(a.modelId(), models::findById);
            WorkOrder order = new WorkOrder();
            order.programmeId = programmeId;
            order.deviceId = a.deviceId();
            order.siteId = a.siteId();
            order.zoneId = a.zoneId();
            order.originalSupplierId = devices.get(a.deviceId()).supplierId();
            order.region = regions.get(a.siteId());
            order.vendorId = a.vendorId();
            order.modelId = a.modelId();
            order.scheduledDate = a.day();
            // weeks of the programme, from its start date, also when it is planned again under way
            order.wave = (int) (ChronoUnit.DAYS.between(local.programme().startDate, a.day()) / 7) + 1;
            order.unitCost = model.unitCost;
            order.installCost = model.installCost;
            order.status = WorkOrderStatus.PLANNED;
            order.plannedBy = by;
            order.syncState = SyncState.NONE;
            orders.persist(order);
            if (++count % 500 == 0) {
                orders.flush();
                orders.getEntityManager().clear();
            }
        }
        orders.flush();
        programme = programmes.findById(programmeId);
        programme.plan = plan.figures();
        programme.plannedAt = ClockProducer.now(clock);
        if (programme.status == ProgrammeStatus.DRAFT) {
            programme.status = ProgrammeStatus.PLANNED;
        }
    }

    private List<WaveView> waves(UUID programmeId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<Object[]> rows = orders.getEntityManager().createQuery(
                    "select w.wave, min(w.scheduledDate), max(w.scheduledDate), count(w), sum(w.unitCost + w.installCost) "
                            + "from WorkOrder w where w.programmeId = :p and w.status in :current group by w.wave order by w.wave",
                    Object[].class).setParameter("p", programmeId).setParameter("current", WorkOrderStatus.CURRENT_PLAN)
                    .getResultList();
            return rows.stream().map(r -> new WaveView((Integer) r[0], (LocalDate) r[1], (LocalDate) r[2], (Long) r[3],
                    (BigDecimal) r[4])).toList();
        });
    }

    /**
     * Whether the programme swaps this camera. A camera that itself replaced a covered one was installed by a programme
     * and is swapped again only if it turned out HIGH or CRITICAL since (its maker put on the watchlist later, say).
     */
    private static boolean inScope(Programme programme, InventoryDevice device) {
        if (device.replacesDeviceId() != null && !RiskLevel.HIGH.andAbove().contains(device.riskLevel())) {
            return false;
        }
        if (programme.minRiskLevel != null && (device.riskLevel() == null
                || !programme.minRiskLevel.andAbove().contains(device.riskLevel()))) {
            return false;
        }
        if (!programme.siteIds.isEmpty() && !programme.siteIds.contains(device.siteId())) {
            return false;
        }
        if (!programme.zoneIds.isEmpty() && !programme.zoneIds.contains(device.zoneId())) {
            return false;
        }
        return programme.supplierIds.isEmpty() || programme.supplierIds.contains(device.supplierId());
    }

    private Map<UUID, String> sites() {
        Map<UUID, String> regions = new HashMap<>();
        String cursor = null;
        do {
            SitePage page = inventory.sites(cursor);
            for (InventorySite site : page.items()) {
                regions.put(site.id(), site.region());
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return regions;
    }

    /**
     * Every camera that is up in the sites (or zones) of the scope, not only those in scope: a
     * zone's size counts all its cameras, and the coverage rule is about the zone, not the plan.
     */
    private List<InventoryDevice> devices(Programme programme) {
        List<InventoryDevice> all = new ArrayList<>();
        if (!programme.siteIds.isEmpty()) {
            for (List<UUID> chunk : chunks(programme.siteIds)) {
                all.addAll(pages(chunk, List.of()));
            }
        } else if (!programme.zoneIds.isEmpty()) {
            for (List<UUID> chunk : chunks(programme.zoneIds)) {
                all.addAll(pages(List.of(), chunk));
            }
        } else {
            all.addAll(pages(List.of(), List.of()));
        }
        // one row per camera even if inventory pages overlap while it changes
        return new ArrayList<>(all.stream().collect(Collectors.toMap(InventoryDevice::id, Function.identity(), (a, b) -> a,
                TreeMap::new)).values());
    }

    private List<InventoryDevice> pages(List<UUID> siteIds, List<UUID> zoneIds) {
        List<InventoryDevice> all = new ArrayList<>();
        String cursor = null;
        do {
            DevicePage page = inventory.devices(siteIds, zoneIds, UP, cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    private Map<UUID, InventoryZone> zones(Programme programme) {
        Map<UUID, InventoryZone> zones = new HashMap<>();
        List<List<UUID>> siteChunks = programme.siteIds.isEmpty() ? List.of(List.of()) : chunks(programme.siteIds);
        for (List<UUID> chunk : siteChunks) {
            String cursor = null;
            do {
                ZonePage page = inventory.zones(chunk, cursor);
                page.items().forEach(z -> zones.put(z.id(), z));
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return zones;
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<UUID> sorted = ids.stream().sorted(Comparator.naturalOrder()).toList();
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += IDS_PER_QUERY) {
            chunks.add(sorted.subList(i, Math.min(sorted.size(), i + IDS_PER_QUERY)));
        }
        return chunks;
    }
}
