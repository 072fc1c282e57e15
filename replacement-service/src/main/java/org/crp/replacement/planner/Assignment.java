package org.crp.replacement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One planned swap: which camera, on which day, by which vendor, with which model, in which weekly wave. */
public record Assignment(UUID deviceId, UUID siteId, UUID zoneId, UUID vendorId, UUID modelId, LocalDate day,
        int wave, BigDecimal cost) {
}
