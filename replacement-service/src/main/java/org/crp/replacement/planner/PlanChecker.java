package org.crp.replacement.planner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crp.replacement.planner.PlanProblem.Device;
import org.crp.replacement.planner.PlanProblem.Fixed;
import org.crp.replacement.planner.PlanProblem.Model;
import org.crp.replacement.planner.PlanProblem.Vendor;
import org.crp.replacement.planner.PlanProblem.Zone;

/**
 * Re-checks a plan against every hard rule, written apart from {@link Planner} and sharing none of
 * its indexes, so that a planner bug shows up as violations rather than hiding behind itself.
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    public static int violations(PlanProblem problem, List<Assignment> assignments) {
        return describe(problem, assignments).size();
    }

    /** One line per broken rule, empty when the plan keeps all of them. */
    public static List<String> describe(PlanProblem problem, List<Assignment> assignments) {
        List<String> broken = new ArrayList<>();
        Map<UUID, Device> devices = problem.devices().stream().collect(Collectors.toMap(Device::id, Function.identity()));
        Map<UUID, Vendor> vendors = problem.vendors().stream().collect(Collectors.toMap(Vendor::id, Function.identity()));
        Map<UUID, Model> models = problem.models().stream().collect(Collectors.toMap(Model::id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        Map<String, Integer> vendorRegionDay = new HashMap<>();
        Map<String, Integer> zoneDay = new HashMap<>();
        // a day counts against the plan only if the plan puts work on it: load it did not add is not its fault
        Set<String> planned = new HashSet<>();
        for (Fixed kept : problem.load()) {
            vendorRegionDay.merge(kept.vendorId() + "|" + problem.siteRegions().get(kept.siteId()) + "|" + kept.day(), 1,
                    Integer::sum);
            if (kept.zoneId() != null) {
                zoneDay.merge(kept.zoneId() + "|" + kept.day(), 1, Integer::sum);
            }
        }
        for (Assignment a : assignments) {
            Device device = devices.get(a.deviceId());
            if (device == null) {
                broken.add("device " + a.deviceId() + " is not in the problem");
                continue;
            }
            if (!seen.add(a.deviceId())) {
                broken.add("device " + a.deviceId() + " is planned twice");
            }
            LocalDate day = a.day();
            if (day.isBefore(problem.start())) {
                broken.add("device " + a.deviceId() + " is planned before the start");
            }
            if (problem.blackouts().contains(day)) {
                broken.add("device " + a.deviceId() + " is planned on blackout date " + day);
            }
            Vendor vendor = vendors.get(a.vendorId());
            String region = problem.siteRegions().get(device.siteId());
            if (vendor == null || !vendor.approved()) {
                broken.add("device " + a.deviceId() + " goes to a vendor that is not approved");
            } else if (!vendor.regions().contains(region)) {
                broken.add("vendor " + vendor.name() + " does not serve region " + region);
            }
            Model model = models.get(a.modelId());
            if (model == null || !model.vendorId().equals(a.vendorId())) {
                broken.add("device " + a.deviceId() + " gets a model its vendor does not offer");
            } else if (problem.start().plusDays(model.leadTimeDays()).isAfter(day)) {
                broken.add("device " + a.deviceId() + " is planned before model " + model.id() + "'s lead time");
            }
            vendorRegionDay.merge(a.vendorId() + "|" + region + "|" + day, 1, Integer::sum);
            planned.add(a.vendorId() + "|" + region + "|" + day);
            if (device.zoneId() != null) {
                zoneDay.merge(device.zoneId() + "|" + day, 1, Integer::sum);
                planned.add(device.zoneId() + "|" + day);
            }
        }
        for (var entry : vendorRegionDay.entrySet()) {
            Vendor vendor = vendors.get(UUID.fromString(entry.getKey().substring(0, 36)));
            if (planned.contains(entry.getKey()) && vendor != null && vendor.approved()
                    && entry.getValue() > vendor.installsPerDay()) {
                broken.add("vendor " + vendor.name() + " has " + entry.getValue() + " installs on " + entry.getKey()
                        + ", more than " + vendor.installsPerDay());
            }
        }
        for (var entry : zoneDay.entrySet()) {
            Zone zone = problem.zones().get(UUID.fromString(entry.getKey().substring(0, 36)));
            if (zone == null || !planned.contains(entry.getKey())) {
                continue;
            }
            int allowed = zone.dailyCap();
            if (entry.getValue() > allowed) {
                broken.add("zone " + zone.code() + " has " + entry.getValue() + " cameras in work on "
                        + entry.getKey().substring(37) + ", more than " + allowed);
            }
            if (zone.neverDark() && entry.getValue() >= zone.size()) {
                broken.add(zone.kind() + " zone " + zone.code() + " is dark on " + entry.getKey().substring(37));
            }
        }
        return broken;
    }
}
