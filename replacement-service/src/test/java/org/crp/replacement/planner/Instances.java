package org.crp.replacement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.crp.replacement.planner.PlanProblem.Device;
import org.crp.replacement.planner.PlanProblem.Model;
import org.crp.replacement.planner.PlanProblem.Vendor;
import org.crp.replacement.planner.PlanProblem.Zone;

/** Generates planning problems from a seed: the same seed, the same problem. Used by tests and the bench. */
public final class Instances {

    private static final String[] KINDS = { "PERIMETER", "BORDER", "TRAINING_GROUND", "HQ", "DEPOT", "OTHER" };

    private Instances() {
    }

    public static UUID id(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** A feasible problem: every region has an approved vendor with a model, every dark-prone zone has 2+ cameras. */
    public static PlanProblem generate(long seed, int devices, int sites, int vendors, int regions) {
        Random random = new Random(seed);
        vendors = Math.max(vendors, regions);
        LocalDate start = LocalDate.of(2027, 1, 4);
        List<String> regionNames = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            regionNames.add("Region-" + r);
        }
        Map<UUID, String> siteRegions = new HashMap<>();
        List<UUID> siteIds = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            UUID site = id(random);
            siteIds.add(site);
            siteRegions.put(site, regionNames.get(s % regions));
        }
        // zones: a few per site
        Map<UUID, List<UUID>> siteZones = new HashMap<>();
        Map<UUID, String> zoneKind = new HashMap<>();
        Map<UUID, Integer> zoneCriticality = new HashMap<>();
        Map<UUID, Double> zoneFraction = new HashMap<>();
        for (UUID site : siteIds) {
            List<UUID> zones = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int z = 0; z < count; z++) {
                UUID zone = id(random);
                zones.add(zone);
                zoneKind.put(zone, KINDS[random.nextInt(KINDS.length)]);
                zoneCriticality.put(zone, 1 + random.nextInt(5));
                zoneFraction.put(zone, 0.1 + random.nextInt(10) / 10.0);
            }
            siteZones.put(site, zones);
        }
        List<Device> list = new ArrayList<>();
        Map<UUID, Integer> inZone = new HashMap<>();
        for (int d = 0; d < devices; d++) {
            UUID site = siteIds.get(random.nextInt(siteIds.size()));
            UUID zone = random.nextInt(10) == 0 ? null : siteZones.get(site).get(random.nextInt(siteZones.get(site).size()));
            int criticality = zone == null ? 0 : zoneCriticality.get(zone);
            list.add(new Device(id(random), site, zone, random.nextInt(101), criticality));
            if (zone != null) {
                inZone.merge(zone, 1, Integer::sum);
            }
        }
        Map<UUID, Zone> zones = new HashMap<>();
        for (var entry : inZone.entrySet()) {
            UUID zone = entry.getKey();
            // out-of-scope cameras too; dark-prone zones always keep at least one camera up
            int size = entry.getValue() + random.nextInt(5) + 1;
            // and a PERIMETER or BORDER zone's fraction lets at least one camera out, or it could not be planned at all
            double fraction = Math.max(zoneFraction.get(zone), Math.ceil(100.0 / size) / 100);
            zones.put(zone, new Zone(zone, "Z-" + zone.toString().substring(0, 6), zoneKind.get(zone),
                    zoneCriticality.get(zone), fraction, size));
        }
        List<Vendor> vendorList = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        for (int v = 0; v < vendors; v++) {
            Set<String> served = new HashSet<>();
            served.add(regionNames.get(v % regions));
            int extra = random.nextInt(3);
            for (int e = 0; e < extra; e++) {
                served.add(regionNames.get(random.nextInt(regions)));
            }
            boolean approved = v < regions || random.nextInt(5) != 0;
            UUID vendor = id(random);
            vendorList.add(new Vendor(vendor, "Vendor-" + v, approved, served, 5 + random.nextInt(30)));
            int modelCount = 1 + random.nextInt(3);
            for (int m = 0; m < modelCount; m++) {
                models.add(new Model(id(random), vendor, BigDecimal.valueOf(200 + random.nextInt(800)),
                        BigDecimal.valueOf(50 + random.nextInt(100)), m == 0 ? random.nextInt(3) : random.nextInt(30)));
            }
        }
        Set<LocalDate> blackouts = new HashSet<>();
        for (int b = 0; b < 10; b++) {
            blackouts.add(start.plusDays(random.nextInt(120)));
        }
        return new PlanProblem(list, siteRegions, zones, vendorList, models, List.of(), List.of(), start, start.plusDays(90),
                blackouts, BigDecimal.valueOf(500L * devices), PlanProblem.DEFAULT_HORIZON_DAYS);
    }
}
