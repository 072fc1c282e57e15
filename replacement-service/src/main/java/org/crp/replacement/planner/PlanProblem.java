package org.crp.replacement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Everything the planner needs, already fetched: it does no I/O, so the same problem always gives
 * the same plan. Only the devices to plan are in {@code devices}; {@code fixed} are this programme's orders kept
 * from an earlier plan (dispatched, in progress, done) and {@code elsewhere} the live orders of other programmes
 * (planned, dispatched, in progress): both use vendor capacity and zone room on their days.
 */
public record PlanProblem(List<Device> devices, Map<UUID, String> siteRegions, Map<UUID, Zone> zones,
        List<Vendor> vendors, List<Model> models, List<Fixed> fixed, List<Fixed> elsewhere, LocalDate start,
        LocalDate target, Set<LocalDate> blackouts, BigDecimal budget, int horizonDays) {

    public static final int DEFAULT_HORIZON_DAYS = 5 * 366;

    /** The order of work: highest risk first, then the most critical zone, then id (for a total order). */
    public static final Comparator<Device> PRIORITY = Comparator.comparingInt(Device::riskScore).reversed()
            .thenComparing(Comparator.comparingInt(Device::criticality).reversed())
            .thenComparing(Device::id);

    /** A camera to replace; {@code zoneId} may be null (no zone, no coverage rule). */
    public record Device(UUID id, UUID siteId, UUID zoneId, int riskScore, int criticality) {
    }

    /** Orders already on the calendar, this programme's kept ones and other programmes' live ones. */
    public List<Fixed> load() {
        return Stream.concat(fixed.stream(), elsewhere.stream()).toList();
    }

    /** {@code size} counts the zone's cameras that are up (or about to be swapped), planned or not. */
    public record Zone(UUID id, String code, String kind, int criticality, double maxOutOfServiceFraction, int size) {
        public boolean neverDark() {
            return "PERIMETER".equals(kind) || "BORDER".equals(kind);
        }

        /**
         * The coverage rule, for the planner and the checker alike: at most this many of the zone's cameras may be in
         * work on one day (0: none ever). A PERIMETER or BORDER zone never has more than its fraction out, and never
         * all of its cameras; any other zone may have one camera out even when its fraction allows less, or it could
         * never be replaced.
         */
        public int dailyCap() {
            int share = (int) Math.floor(maxOutOfServiceFraction * size + 1e-9);
            return neverDark() ? Math.min(share, size - 1) : Math.max(1, share);
        }
    }

    public record Vendor(UUID id, String name, boolean approved, Set<String> regions, int installsPerDay) {
    }

    public record Model(UUID id, UUID vendorId, BigDecimal unitCost, BigDecimal installCost, int leadTimeDays) {
        public BigDecimal cost() {
            return unitCost.add(installCost);
        }
    }

    public record Fixed(UUID deviceId, UUID siteId, UUID zoneId, UUID vendorId, LocalDate day) {
    }
}
