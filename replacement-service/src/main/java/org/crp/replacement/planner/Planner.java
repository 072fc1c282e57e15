package org.crp.replacement.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.crp.replacement.planner.PlanProblem.Device;
import org.crp.replacement.planner.PlanProblem.Fixed;
import org.crp.replacement.planner.PlanProblem.Model;
import org.crp.replacement.planner.PlanProblem.Vendor;
import org.crp.replacement.planner.PlanProblem.Zone;

/**
 * A deterministic constructive planner. Devices are taken in priority order (risk, zone
 * criticality, id) and each goes to the earliest day on which its zone still has room under the
 * coverage rule, the day is not blacked out, and an approved vendor serving its region has
 * capacity left and a model whose lead time has passed; among those vendors the cheapest model
 * wins (then the vendor id). Orders already on the calendar ({@link PlanProblem#load()}: this programme's kept
 * orders and other programmes' live ones) take their vendor's capacity and their zone's room first.
 * Capacity is per vendor, per region, per day, so regions never compete
 * and filling each region's days in order is what keeps the makespan at the per-region bound unless
 * zone coverage or lead times hold it back.
 */
public final class Planner {

    private Planner() {
    }

    public static Plan plan(PlanProblem problem) {
        long began = System.nanoTime();
        explainInfeasibility(problem);
        State s = new State(problem);

        List<Device> ordered = new ArrayList<>(problem.devices());
        ordered.sort(PlanProblem.PRIORITY);
        List<Assignment> assignments = new ArrayList<>(ordered.size());
        BigDecimal cost = BigDecimal.ZERO;
        int lastDay = -1;
        for (Device device : ordered) {
            int region = s.regionOf(device);
            int zone = s.zoneIndex(device.zoneId());
            int day = Math.max(s.regionFirstOpen[region], zone < 0 ? 0 : s.zoneFirstOpen[zone]);
            while (true) {
                if (day >= problem.horizonDays()) {
                    throw new Infeasible("horizon", "Device " + device.id() + " in region " + s.regionNames.get(region)
                            + " cannot be placed within " + problem.horizonDays() + " days of " + problem.start()
                            + ": capacity, coverage and blackout dates leave no room");
                }
                if (s.blackout(day)) {
                    day++;
                    continue;
                }
                if (zone >= 0 && s.zoneCount(zone, day) >= s.zoneCap[zone]) {
                    if (day == s.zoneFirstOpen[zone]) {
                        s.zoneFirstOpen[zone]++;
                    }
                    day++;
                    continue;
                }
                int pair = s.bestPair(region, day);
                if (pair < 0) {
                    if (day == s.regionFirstOpen[region]) {
                        s.regionFirstOpen[region]++;
                    }
                    day++;
                    continue;
                }
                Model model = s.bestModel(s.pairVendor[pair], day);
                s.use(pair, day);
                if (zone >= 0) {
                    s.addZone(zone, day);
                }
                BigDecimal price = model.cost();
                cost = cost.add(price);
                lastDay = Math.max(lastDay, day);
                assignments.add(new Assignment(device.id(), device.siteId(), device.zoneId(),
                        s.vendors.get(s.pairVendor[pair]).id(), model.id(), problem.start().plusDays(day), day / 7 + 1,
                        price));
                break;
            }
        }
        int makespan = lastDay + 1;
        int lowerBound = s.lowerBound();
        double utilisation = makespan <= 0 ? 0 : (double) assignments.size() / s.capacityWithin(makespan);
        int violations = PlanChecker.violations(problem, assignments);
        BigDecimal overBudget = cost.subtract(problem.budget()).max(BigDecimal.ZERO);
        LocalDate last = lastDay < 0 ? null : problem.start().plusDays(lastDay);
        int waves = (int) assignments.stream().mapToInt(Assignment::wave).distinct().count();
        PlanFigures figures = new PlanFigures(problem.devices().size(), assignments.size(), problem.fixed().size(), last,
                Math.max(makespan, 0), lowerBound, Math.round(utilisation * 10000) / 10000.0, violations, cost, overBudget,
                last == null || !last.isAfter(problem.target()), waves, (System.nanoTime() - began) / 1_000_000);
        return new Plan(assignments, figures);
    }

    /** Rules that block a plan outright, found before any work, each named with what it blocks. */
    static void explainInfeasibility(PlanProblem problem) {
        Map<String, Integer> devicesPerRegion = new TreeMap<>();
        for (Device device : problem.devices()) {
            String region = problem.siteRegions().get(device.siteId());
            if (region == null) {
                throw new Infeasible("site", "Device " + device.id() + " is at site " + device.siteId()
                        + ", which inventory does not know");
            }
            devicesPerRegion.merge(region, 1, Integer::sum);
        }
        Map<UUID, List<Model>> modelsByVendor = problem.models().stream().collect(Collectors.groupingBy(Model::vendorId));
        for (var entry : devicesPerRegion.entrySet()) {
            String region = entry.getKey();
            List<Vendor> serving = problem.vendors().stream().filter(v -> v.regions().contains(region)).toList();
            List<Vendor> approved = serving.stream().filter(Vendor::approved).toList();
            if (approved.isEmpty()) {
                String suspended = serving.isEmpty() ? ""
                        : " (suspended: " + serving.stream().map(Vendor::name).sorted().collect(Collectors.joining(", ")) + ")";
                throw new Infeasible("vendor-region", "No approved vendor serves region " + region + ", where "
                        + entry.getValue() + " device(s) in scope stand" + suspended);
            }
            if (approved.stream().noneMatch(v -> modelsByVendor.containsKey(v.id()))) {
                throw new Infeasible("catalogue", "No approved vendor serving region " + region
                        + " has a replacement model in its catalogue (one made in a country of concern does not count)");
            }
        }
        TreeSet<UUID> zonesInScope = problem.devices().stream().map(Device::zoneId).filter(z -> z != null)
                .collect(Collectors.toCollection(TreeSet::new));
        for (UUID zoneId : zonesInScope) {
            Zone zone = problem.zones().get(zoneId);
            if (zone != null && zone.dailyCap() <= 0) {
                throw new Infeasible("coverage", coverageBlocks(zone));
            }
        }
        boolean anyWorkingDay = false;
        for (int day = 0; day < problem.horizonDays() && !anyWorkingDay; day++) {
            anyWorkingDay = !problem.blackouts().contains(problem.start().plusDays(day));
        }
        if (!anyWorkingDay && !problem.devices().isEmpty()) {
            throw new Infeasible("blackout", "Every day within " + problem.horizonDays() + " days of " + problem.start()
                    + " is a blackout date");
        }
    }

    /** Why a zone's coverage rule lets none of its cameras be replaced, and what would. */
    static String coverageBlocks(Zone zone) {
        if (zone.size() <= 1) {
            return "Zone " + zone.code() + " (" + zone.kind() + ") has " + zone.size()
                    + " camera(s): replacing any would leave a " + zone.kind() + " zone dark";
        }
        // the smallest fraction in hundredths that lets one camera out
        BigDecimal needed = BigDecimal.valueOf((100 + zone.size() - 1) / zone.size(), 2).stripTrailingZeros();
        return "Zone " + zone.code() + " (" + zone.kind() + ") has " + zone.size() + " cameras and a maxOutOfServiceFraction of "
                + BigDecimal.valueOf(zone.maxOutOfServiceFraction()).setScale(3, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString()
                + ", which lets fewer than one camera be out at once: none can be replaced without leaving the zone with "
                + "more than its fraction out. Raise the zone's maxOutOfServiceFraction in inventory to at least "
                + needed.toPlainString() + " (1 of " + zone.size() + " cameras) to plan it, or leave the zone out of the scope";
    }

    /** Indexes and counters; days are offsets from the programme's start. */
    private static final class State {
        final PlanProblem problem;
        final List<Vendor> vendors;
        final List<List<Model>> vendorModels = new ArrayList<>();
        final Map<String, Integer> regionIndex = new HashMap<>();
        final List<String> regionNames = new ArrayList<>();
        final List<int[]> regionPairs = new ArrayList<>();
        final Map<UUID, Integer> zoneIndex = new HashMap<>();
        final int[] zoneCap;
        final int[] zoneFirstOpen;
        final int[][] zoneCounts;
        int[] pairVendor;
        int[] pairCap;
        int[][] pairUsed;
        int[] regionFirstOpen;
        final boolean[] blackout;

        State(PlanProblem problem) {
            this.problem = problem;
            this.vendors = problem.vendors().stream().filter(Vendor::approved).sorted(Comparator.comparing(Vendor::id)).toList();
            Map<UUID, List<Model>> byVendor = problem.models().stream().collect(Collectors.groupingBy(Model::vendorId));
            for (Vendor vendor : vendors) {
                List<Model> models = new ArrayList<>(byVendor.getOrDefault(vendor.id(), List.of()));
                models.sort(Comparator.comparing(Model::cost).thenComparing(Model::id));
                vendorModels.add(models);
            }
            blackout = new boolean[problem.horizonDays()];
            for (LocalDate date : problem.blackouts()) {
                long offset = ChronoUnit.DAYS.between(problem.start(), date);
                if (offset >= 0 && offset < blackout.length) {
                    blackout[(int) offset] = true;
                }
            }
            // regions that hold devices (or kept orders), each with its (vendor, region) capacity pairs
            TreeSet<String> regions = new TreeSet<>();
            problem.devices().forEach(d -> regions.add(problem.siteRegions().get(d.siteId())));
            problem.fixed().forEach(f -> {
                String r = problem.siteRegions().get(f.siteId());
                if (r != null) {
                    regions.add(r);
                }
            });
            List<Integer> vendorOfPair = new ArrayList<>();
            for (String region : regions) {
                regionIndex.put(region, regionNames.size());
                regionNames.add(region);
                List<Integer> pairs = new ArrayList<>();
                for (int v = 0; v < vendors.size(); v++) {
                    if (vendors.get(v).regions().contains(region) && !vendorModels.get(v).isEmpty()) {
                        pairs.add(vendorOfPair.size());
                        vendorOfPair.add(v);
                    }
                }
                regionPairs.add(pairs.stream().mapToInt(Integer::intValue).toArray());
            }
            pairVendor = vendorOfPair.stream().mapToInt(Integer::intValue).toArray();
            pairCap = Arrays.stream(pairVendor).map(v -> vendors.get(v).installsPerDay()).toArray();
            pairUsed = new int[pairVendor.length][];
            regionFirstOpen = new int[regionNames.size()];

            List<UUID> zoneIds = problem.zones().keySet().stream().sorted().toList();
            zoneCap = new int[zoneIds.size()];
            zoneFirstOpen = new int[zoneIds.size()];
            zoneCounts = new int[zoneIds.size()][];
            for (int z = 0; z < zoneIds.size(); z++) {
                zoneIndex.put(zoneIds.get(z), z);
                zoneCap[z] = problem.zones().get(zoneIds.get(z)).dailyCap();
            }
            // load in a region where this programme has no work has no (vendor, region) pair and is skipped
            for (Fixed kept : problem.load()) {
                long offset = ChronoUnit.DAYS.between(problem.start(), kept.day());
                if (offset < 0 || offset >= problem.horizonDays()) {
                    continue;
                }
                int zone = zoneIndex(kept.zoneId());
                if (zone >= 0) {
                    addZone(zone, (int) offset);
                }
                Integer region = regionIndex.get(problem.siteRegions().get(kept.siteId()));
                if (region != null) {
                    for (int pair : regionPairs.get(region)) {
                        if (vendors.get(pairVendor[pair]).id().equals(kept.vendorId())) {
                            use(pair, (int) offset);
                        }
                    }
                }
            }
        }

        int regionOf(Device device) {
            return regionIndex.get(problem.siteRegions().get(device.siteId()));
        }

        int zoneIndex(UUID zoneId) {
            Integer index = zoneId == null ? null : zoneIndex.get(zoneId);
            return index == null ? -1 : index;
        }

        boolean blackout(int day) {
            return blackout[day];
        }

        int zoneCount(int zone, int day) {
            int[] counts = zoneCounts[zone];
            return counts == null || day >= counts.length ? 0 : counts[day];
        }

        void addZone(int zone, int day) {
            zoneCounts[zone] = grown(zoneCounts[zone], day);
            zoneCounts[zone][day]++;
        }

        void use(int pair, int day) {
            pairUsed[pair] = grown(pairUsed[pair], day);
            pairUsed[pair][day]++;
        }

        int used(int pair, int day) {
            int[] used = pairUsed[pair];
            return used == null || day >= used.length ? 0 : used[day];
        }

        /** The vendor with room on that day whose cheapest model already available costs least; -1 if none. */
        int bestPair(int region, int day) {
            int best = -1;
            BigDecimal bestCost = null;
            for (int pair : regionPairs.get(region)) {
                if (used(pair, day) >= pairCap[pair]) {
                    continue;
                }
                Model model = bestModel(pairVendor[pair], day);
                if (model == null) {
                    continue;
                }
                // pairs are in vendor-id order, so a strict comparison keeps the lower id on a tie
                if (bestCost == null || model.cost().compareTo(bestCost) < 0) {
                    best = pair;
                    bestCost = model.cost();
                }
            }
            return best;
        }

        /** The cheapest of the vendor's models whose lead time has passed by that day (ties: lower id). */
        Model bestModel(int vendor, int day) {
            for (Model model : vendorModels.get(vendor)) {
                if (model.leadTimeDays() <= day) {
                    return model;
                }
            }
            return null;
        }

        /** Usable (vendor, region) capacity on a day: the vendor has a model ready and the day is not blacked out. */
        int capacity(int region, int day) {
            if (blackout[day]) {
                return 0;
            }
            int total = 0;
            for (int pair : regionPairs.get(region)) {
                if (bestModel(pairVendor[pair], day) != null) {
                    total += pairCap[pair];
                }
            }
            return total;
        }

        /**
         * The fewest calendar days any plan needs: per region, the first day by which usable capacity
         * adds up to its devices; per zone, its devices divided by its daily room, counted in working days.
         */
        int lowerBound() {
            int[] demand = new int[regionNames.size()];
            Map<Integer, Integer> zoneDemand = new HashMap<>();
            for (Device device : problem.devices()) {
                demand[regionOf(device)]++;
                int zone = zoneIndex(device.zoneId());
                if (zone >= 0) {
                    zoneDemand.merge(zone, 1, Integer::sum);
                }
            }
            int bound = 0;
            for (int r = 0; r < demand.length; r++) {
                if (demand[r] == 0) {
                    continue;
                }
                long cumulative = 0;
                for (int day = 0; day < problem.horizonDays(); day++) {
                    cumulative += capacity(r, day);
                    if (cumulative >= demand[r]) {
                        bound = Math.max(bound, day + 1);
                        break;
                    }
                }
            }
            for (var entry : zoneDemand.entrySet()) {
                int daysNeeded = (entry.getValue() + zoneCap[entry.getKey()] - 1) / zoneCap[entry.getKey()];
                int working = 0;
                for (int day = 0; day < problem.horizonDays(); day++) {
                    if (!blackout[day] && ++working == daysNeeded) {
                        bound = Math.max(bound, day + 1);
                        break;
                    }
                }
            }
            return bound;
        }

        /** Capacity of the regions with work over the first {@code days} days. */
        long capacityWithin(int days) {
            long total = 0;
            for (int r = 0; r < regionNames.size(); r++) {
                for (int day = 0; day < days; day++) {
                    total += capacity(r, day);
                }
            }
            return Math.max(total, 1);
        }

        private static int[] grown(int[] array, int index) {
            if (array == null) {
                return new int[Math.max(64, index + 1)];
            }
            if (index < array.length) {
                return array;
            }
            return Arrays.copyOf(array, Math.max(array.length * 2, index + 1));
        }
    }
}
