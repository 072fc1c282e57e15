package org.crp.replacement.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.crp.replacement.planner.PlanProblem.Device;
import org.crp.replacement.planner.PlanProblem.Fixed;
import org.crp.replacement.planner.PlanProblem.Model;
import org.crp.replacement.planner.PlanProblem.Vendor;
import org.crp.replacement.planner.PlanProblem.Zone;
import org.junit.jupiter.api.Test;

class PlannerTest {

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void noHardRuleIsEverBrokenAndEveryDeviceIsScheduledOnGeneratedInstances() {
        for (long seed = 1; seed <= 150; seed++) {
            Random sizes = new Random(seed);
            PlanProblem problem = Instances.generate(seed, 50 + sizes.nextInt(600), 3 + sizes.nextInt(30),
                    2 + sizes.nextInt(8), 1 + sizes.nextInt(4));
            Plan plan = Planner.plan(problem);
            List<String> broken = PlanChecker.describe(problem, plan.assignments());
            assertEquals(List.of(), broken, "seed " + seed);
            assertEquals(0, plan.figures().hardViolations(), "seed " + seed);
            assertEquals(problem.devices().size(), plan.assignments().size(), "seed " + seed + ": every device scheduled");
            assertEquals(problem.devices().size(), plan.assignments().stream().map(Assignment::deviceId).distinct().count());
            assertTrue(plan.figures().makespanDays() >= plan.figures().lowerBoundDays(), "seed " + seed + ": bound is a bound");
            assertTrue(plan.figures().utilisation() > 0 && plan.figures().utilisation() <= 1, "seed " + seed);
            BigDecimal cost = plan.assignments().stream().map(Assignment::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, cost.compareTo(plan.figures().cost()));
        }
    }

    @Test
    void theSameInputGivesTheSamePlanWhateverTheOrderOfDevices() {
        for (long seed = 1; seed <= 20; seed++) {
            PlanProblem problem = Instances.generate(seed, 400, 12, 5, 3);
            List<Device> shuffled = new ArrayList<>(problem.devices());
            Collections.shuffle(shuffled, new Random(seed * 31));
            List<Vendor> vendors = new ArrayList<>(problem.vendors());
            Collections.reverse(vendors);
            List<Model> models = new ArrayList<>(problem.models());
            Collections.shuffle(models, new Random(seed));
            PlanProblem reordered = new PlanProblem(shuffled, problem.siteRegions(), problem.zones(), vendors, models,
                    problem.fixed(), problem.elsewhere(), problem.start(), problem.target(), problem.blackouts(), problem.budget(),
                    problem.horizonDays());
            Plan first = Planner.plan(problem);
            assertEquals(first.assignments(), Planner.plan(problem).assignments(), "seed " + seed);
            assertEquals(byDevice(first), byDevice(Planner.plan(reordered)), "seed " + seed);
        }
    }

    @Test
    void highestRiskAndMostCriticalZonesGoFirst() {
        UUID site = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        Device low = new Device(UUID.randomUUID(), site, null, 10, 0);
        Device high = new Device(UUID.randomUUID(), site, null, 90, 0);
        Device highCritical = new Device(UUID.randomUUID(), site, null, 90, 5);
        PlanProblem problem = new PlanProblem(List.of(low, high, highCritical), Map.of(site, "North"), Map.of(),
                List.of(new Vendor(vendor, "One a day", true, Set.of("North"), 1)),
                List.of(new Model(UUID.randomUUID(), vendor, BigDecimal.TEN, BigDecimal.ONE, 0)), List.of(), List.of(), MONDAY,
                MONDAY.plusDays(30), Set.of(), BigDecimal.valueOf(1000), 100);
        Map<UUID, LocalDate> days = byDevice(Planner.plan(problem)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().day()));
        assertEquals(MONDAY, days.get(highCritical.id()));
        assertEquals(MONDAY.plusDays(1), days.get(high.id()));
        assertEquals(MONDAY.plusDays(2), days.get(low.id()));
    }

    @Test
    void coverageLimitsEachZonePerDayAndKeepsPerimetersLit() {
        UUID site = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        UUID yard = UUID.randomUUID();
        UUID fence = UUID.randomUUID();
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            devices.add(new Device(UUID.randomUUID(), site, yard, 50, 1));
        }
        devices.add(new Device(UUID.randomUUID(), site, fence, 99, 5));
        devices.add(new Device(UUID.randomUUID(), site, fence, 98, 5));
        Map<UUID, Zone> zones = Map.of(yard, new Zone(yard, "YARD", "DEPOT", 1, 0.25, 10),
                fence, new Zone(fence, "FENCE", "PERIMETER", 5, 1.0, 2));
        PlanProblem problem = new PlanProblem(devices, Map.of(site, "North"), zones,
                List.of(new Vendor(vendor, "Big", true, Set.of("North"), 100)),
                List.of(new Model(UUID.randomUUID(), vendor, BigDecimal.TEN, BigDecimal.ONE, 0)), List.of(), List.of(), MONDAY,
                MONDAY.plusDays(30), Set.of(), BigDecimal.valueOf(1000), 100);
        Plan plan = Planner.plan(problem);
        Map<String, Long> perZoneDay = plan.assignments().stream()
                .collect(Collectors.groupingBy(a -> a.zoneId() + "|" + a.day(), Collectors.counting()));
        perZoneDay.forEach((key, count) -> assertTrue(count <= (key.startsWith(yard.toString()) ? 2 : 1), key));
        assertEquals(5, plan.figures().makespanDays(), "10 yard cameras, 2 a day");
        assertEquals(5, plan.figures().lowerBoundDays(), "the zone's own bound");
        assertEquals(0, plan.figures().hardViolations());
        // the overly busy plan a naive planner would make is caught by the checker
        List<Assignment> allOnDayOne = plan.assignments().stream().map(a -> new Assignment(a.deviceId(), a.siteId(),
                a.zoneId(), a.vendorId(), a.modelId(), MONDAY, 1, a.cost())).toList();
        List<String> broken = PlanChecker.describe(problem, allOnDayOne);
        assertTrue(broken.stream().anyMatch(b -> b.contains("PERIMETER zone FENCE is dark")), broken.toString());
        assertTrue(broken.stream().anyMatch(b -> b.contains("zone YARD has 10 cameras")), broken.toString());
    }

    @Test
    void capacityBlackoutsAndLeadTimesAreRespected() {
        UUID site = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        UUID cheapLate = UUID.randomUUID();
        UUID dearNow = UUID.randomUUID();
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            devices.add(new Device(UUID.randomUUID(), site, null, 50, 0));
        }
        PlanProblem problem = new PlanProblem(devices, Map.of(site, "North"), Map.of(),
                List.of(new Vendor(vendor, "Three a day", true, Set.of("North"), 3)),
                List.of(new Model(cheapLate, vendor, BigDecimal.ONE, BigDecimal.ONE, 2),
                        new Model(dearNow, vendor, BigDecimal.valueOf(100), BigDecimal.ONE, 1)),
                List.of(), List.of(), MONDAY, MONDAY.plusDays(3), Set.of(MONDAY.plusDays(2)), BigDecimal.valueOf(50), 100);
        Plan plan = Planner.plan(problem);
        Map<LocalDate, List<Assignment>> byDay = plan.assignments().stream().collect(Collectors.groupingBy(Assignment::day));
        assertFalse(byDay.containsKey(MONDAY), "no model is ready on the first day");
        assertFalse(byDay.containsKey(MONDAY.plusDays(2)), "blackout");
        assertTrue(byDay.get(MONDAY.plusDays(1)).stream().allMatch(a -> a.modelId().equals(dearNow)));
        assertTrue(byDay.get(MONDAY.plusDays(3)).stream().allMatch(a -> a.modelId().equals(cheapLate)));
        byDay.values().forEach(list -> assertTrue(list.size() <= 3));
        assertEquals(6, plan.figures().makespanDays());
        assertEquals(6, plan.figures().lowerBoundDays());
        assertFalse(plan.figures().meetsTargetDate());
        assertEquals(0, BigDecimal.valueOf(3 * 101 + 9 * 2).compareTo(plan.figures().cost()));
        assertEquals(0, BigDecimal.valueOf(3 * 101 + 9 * 2 - 50).compareTo(plan.figures().overBudgetBy()));
        assertEquals(List.of(1), plan.assignments().stream().map(Assignment::wave).distinct().toList());
    }

    @Test
    void keptOrdersStillUseCapacityAndZoneRoom() {
        UUID site = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        UUID zone = UUID.randomUUID();
        Device device = new Device(UUID.randomUUID(), site, zone, 50, 1);
        PlanProblem problem = new PlanProblem(List.of(device), Map.of(site, "North"),
                Map.of(zone, new Zone(zone, "Z", "HQ", 1, 0.5, 4)),
                List.of(new Vendor(vendor, "V", true, Set.of("North"), 5)),
                List.of(new Model(UUID.randomUUID(), vendor, BigDecimal.ONE, BigDecimal.ONE, 0)),
                List.of(new Fixed(UUID.randomUUID(), site, zone, vendor, MONDAY),
                        new Fixed(UUID.randomUUID(), site, zone, vendor, MONDAY)),
                List.of(), MONDAY, MONDAY.plusDays(3), Set.of(), BigDecimal.TEN, 100);
        Plan plan = Planner.plan(problem);
        assertEquals(MONDAY.plusDays(1), plan.assignments().get(0).day(), "Monday's room in the zone is taken");
        assertEquals(2, plan.figures().keptOrders());
    }

    /** Another programme's live orders take the same vendor's capacity and the same zone's room on their days. */
    @Test
    void otherProgrammesLiveOrdersUseCapacityAndZoneRoom() {
        UUID site = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        UUID zone = UUID.randomUUID();
        UUID fence = UUID.randomUUID();
        Zone yard = new Zone(zone, "YARD", "DEPOT", 1, 1.0, 20);
        Zone perimeter = new Zone(fence, "FENCE", "PERIMETER", 5, 0.25, 12);
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            devices.add(new Device(UUID.randomUUID(), site, zone, 50, 1));
            devices.add(new Device(UUID.randomUUID(), site, fence, 50, 5));
        }
        // Monday: the vendor (2 a day) is fully booked elsewhere; Tuesday: the perimeter (3 of 12) is full elsewhere
        List<Fixed> elsewhere = List.of(new Fixed(UUID.randomUUID(), site, zone, vendor, MONDAY),
                new Fixed(UUID.randomUUID(), site, zone, vendor, MONDAY),
                new Fixed(UUID.randomUUID(), site, fence, UUID.randomUUID(), MONDAY.plusDays(1)),
                new Fixed(UUID.randomUUID(), site, fence, UUID.randomUUID(), MONDAY.plusDays(1)),
                new Fixed(UUID.randomUUID(), site, fence, UUID.randomUUID(), MONDAY.plusDays(1)));
        PlanProblem problem = new PlanProblem(devices, Map.of(site, "North"), Map.of(zone, yard, fence, perimeter),
                List.of(new Vendor(vendor, "Two a day", true, Set.of("North"), 2)),
                List.of(new Model(UUID.randomUUID(), vendor, BigDecimal.ONE, BigDecimal.ONE, 0)), List.of(), elsewhere,
                MONDAY, MONDAY.plusDays(30), Set.of(), BigDecimal.TEN, 100);
        Plan plan = Planner.plan(problem);

        Map<LocalDate, Long> perDay = plan.assignments().stream()
                .collect(Collectors.groupingBy(Assignment::day, Collectors.counting()));
        assertFalse(perDay.containsKey(MONDAY), "the vendor is booked up on Monday by another programme");
        assertTrue(plan.assignments().stream().noneMatch(a -> a.zoneId().equals(fence) && a.day().equals(MONDAY.plusDays(1))),
                "the perimeter has its 3 of 12 out on Tuesday by another programme");
        perDay.values().forEach(count -> assertTrue(count <= 2));
        assertEquals(0, plan.figures().hardViolations());
        assertEquals(0, plan.figures().keptOrders(), "other programmes' orders are not this one's kept orders");

        // the checker counts the same load: the plan moved onto Monday or into Tuesday's perimeter breaks the rules
        List<Assignment> onMonday = plan.assignments().stream().limit(1).map(a -> new Assignment(a.deviceId(), a.siteId(),
                a.zoneId(), a.vendorId(), a.modelId(), MONDAY, 1, a.cost())).toList();
        assertTrue(PlanChecker.describe(problem, onMonday).stream().anyMatch(b -> b.contains("has 3 installs")),
                PlanChecker.describe(problem, onMonday).toString());
        Device fenceCamera = devices.get(1);
        Assignment intoTuesday = new Assignment(fenceCamera.id(), site, fence, vendor, problem.models().get(0).id(),
                MONDAY.plusDays(1), 1, BigDecimal.valueOf(2));
        assertTrue(PlanChecker.describe(problem, List.of(intoTuesday)).stream()
                .anyMatch(b -> b.contains("zone FENCE has 4 cameras in work")));
        // load the plan does not add to is not the plan's fault, even where it is over a limit already
        List<Fixed> overbooked = new ArrayList<>(elsewhere);
        overbooked.add(new Fixed(UUID.randomUUID(), site, zone, vendor, MONDAY));
        PlanProblem busier = new PlanProblem(devices, problem.siteRegions(), problem.zones(), problem.vendors(),
                problem.models(), List.of(), overbooked, MONDAY, MONDAY.plusDays(30), Set.of(), BigDecimal.TEN, 100);
        assertEquals(List.of(), PlanChecker.describe(busier, List.of()));
        assertEquals(0, Planner.plan(busier).figures().hardViolations());
    }

    /** 0.1 of 5 cameras is half a camera: a perimeter may then have none out, so none of its cameras can be replaced. */
    @Test
    void aPerimeterWhoseFractionAllowsLessThanOneCameraIsInfeasibleAndNamesTheFractionThatWouldDo() {
        UUID site = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        UUID zone = UUID.randomUUID();
        Zone pz = new Zone(zone, "PZ", "PERIMETER", 5, 0.1, 5);
        assertEquals(0, pz.dailyCap());
        assertEquals(1, new Zone(zone, "PZ", "PERIMETER", 5, 0.2, 5).dailyCap());
        assertEquals(1, new Zone(zone, "YARD", "DEPOT", 1, 0.1, 5).dailyCap(), "a zone that may go dark still gets one");
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            devices.add(new Device(UUID.randomUUID(), site, zone, 50, 5));
        }
        PlanProblem problem = problem(devices, Map.of(site, "North"), Map.of(zone, pz),
                List.of(new Vendor(vendor, "V", true, Set.of("North"), 5)),
                List.of(new Model(UUID.randomUUID(), vendor, BigDecimal.ONE, BigDecimal.ONE, 0)), Set.of(), 100);
        Infeasible why = assertThrows(Infeasible.class, () -> Planner.plan(problem));
        assertEquals("coverage", why.rule());
        assertTrue(why.getMessage().contains("Zone PZ (PERIMETER) has 5 cameras and a maxOutOfServiceFraction of 0.1"),
                why.getMessage());
        assertTrue(why.getMessage().contains("to at least 0.2 (1 of 5 cameras)"), why.getMessage());
        // and the checker agrees: one of the five out on a day is one too many
        Assignment one = new Assignment(devices.get(0).id(), site, zone, vendor, problem.models().get(0).id(), MONDAY, 1,
                BigDecimal.valueOf(2));
        assertTrue(PlanChecker.describe(problem, List.of(one)).stream()
                .anyMatch(b -> b.contains("zone PZ has 1 cameras in work on " + MONDAY + ", more than 0")));
    }

    @Test
    void infeasibilityNamesTheBlockingRule() {
        UUID site = UUID.randomUUID();
        UUID vendor = UUID.randomUUID();
        Device device = new Device(UUID.randomUUID(), site, null, 50, 0);
        Model model = new Model(UUID.randomUUID(), vendor, BigDecimal.ONE, BigDecimal.ONE, 0);

        Infeasible noVendor = assertThrows(Infeasible.class, () -> Planner.plan(problem(List.of(device),
                Map.of(site, "Jeju"), Map.of(), List.of(new Vendor(vendor, "Mainland", true, Set.of("Seoul"), 5)),
                List.of(model), Set.of(), 100)));
        assertEquals("vendor-region", noVendor.rule());
        assertTrue(noVendor.getMessage().contains("No approved vendor serves region Jeju"), noVendor.getMessage());

        Infeasible suspended = assertThrows(Infeasible.class, () -> Planner.plan(problem(List.of(device),
                Map.of(site, "Jeju"), Map.of(), List.of(new Vendor(vendor, "Island Co", false, Set.of("Jeju"), 5)),
                List.of(model), Set.of(), 100)));
        assertTrue(suspended.getMessage().contains("suspended: Island Co"), suspended.getMessage());

        Infeasible noModel = assertThrows(Infeasible.class, () -> Planner.plan(problem(List.of(device),
                Map.of(site, "Jeju"), Map.of(), List.of(new Vendor(vendor, "Island Co", true, Set.of("Jeju"), 5)),
                List.of(), Set.of(), 100)));
        assertEquals("catalogue", noModel.rule());

        UUID fence = UUID.randomUUID();
        Device lonely = new Device(UUID.randomUUID(), site, fence, 50, 5);
        Infeasible dark = assertThrows(Infeasible.class, () -> Planner.plan(problem(List.of(lonely),
                Map.of(site, "Jeju"), Map.of(fence, new Zone(fence, "SHORE", "BORDER", 5, 1.0, 1)),
                List.of(new Vendor(vendor, "Island Co", true, Set.of("Jeju"), 5)), List.of(model), Set.of(), 100)));
        assertEquals("coverage", dark.rule());
        assertTrue(dark.getMessage().contains("SHORE (BORDER)"), dark.getMessage());

        Set<LocalDate> allDays = new java.util.HashSet<>();
        for (int d = 0; d < 10; d++) {
            allDays.add(MONDAY.plusDays(d));
        }
        Infeasible blackout = assertThrows(Infeasible.class, () -> Planner.plan(problem(List.of(device),
                Map.of(site, "Jeju"), Map.of(), List.of(new Vendor(vendor, "Island Co", true, Set.of("Jeju"), 5)),
                List.of(model), allDays, 10)));
        assertEquals("blackout", blackout.rule());

        List<Device> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Device(UUID.randomUUID(), site, null, 50, 0));
        }
        Infeasible horizon = assertThrows(Infeasible.class, () -> Planner.plan(problem(many,
                Map.of(site, "Jeju"), Map.of(), List.of(new Vendor(vendor, "Island Co", true, Set.of("Jeju"), 1)),
                List.of(model), Set.of(), 10)));
        assertEquals("horizon", horizon.rule());
    }

    @Test
    void generatedInfeasibleInstancesAreExplainedNotHalfPlanned() {
        for (long seed = 1; seed <= 30; seed++) {
            PlanProblem feasible = Instances.generate(seed, 200, 10, 4, 3);
            // take every vendor away from one region
            List<Vendor> vendors = feasible.vendors().stream()
                    .map(v -> new Vendor(v.id(), v.name(), v.approved(),
                            v.regions().stream().filter(r -> !r.equals("Region-0")).collect(Collectors.toSet()),
                            v.installsPerDay()))
                    .toList();
            PlanProblem broken = new PlanProblem(feasible.devices(), feasible.siteRegions(), feasible.zones(), vendors,
                    feasible.models(), List.of(), List.of(), feasible.start(), feasible.target(), feasible.blackouts(),
                    feasible.budget(), feasible.horizonDays());
            Infeasible why = assertThrows(Infeasible.class, () -> Planner.plan(broken), "seed " + seed);
            assertTrue(why.getMessage().contains("Region-0"), why.getMessage());
        }
    }

    private static PlanProblem problem(List<Device> devices, Map<UUID, String> regions, Map<UUID, Zone> zones,
            List<Vendor> vendors, List<Model> models, Set<LocalDate> blackouts, int horizon) {
        return new PlanProblem(devices, regions, zones, vendors, models, List.of(), List.of(), MONDAY, MONDAY.plusDays(30), blackouts,
                BigDecimal.TEN, horizon);
    }

    private static Map<UUID, Assignment> byDevice(Plan plan) {
        Map<UUID, Assignment> map = new HashMap<>();
        plan.assignments().forEach(a -> map.put(a.deviceId(), a));
        return map;
    }
}
