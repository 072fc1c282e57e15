package org.crp.supplier.exposure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.supplier.finding.FindingType;
import org.crp.supplier.legalcase.CaseStatus;
import org.crp.supplier.supplier.SupplierStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class ExposureDtos {
    private ExposureDtos() {
    }

    /** inventory's counts for the supplier; when inventory could not answer, {@code available} is false and counts are null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record InventoryExposure(boolean available, String unavailableReason, Long devices, Long flagged,
            Long originMismatches, Long relabelSuspects, Long coveredManufacturer) {
    }

    /** One currency's replacement work on the supplier's cameras. */
    public record CostLine(String currency, long orders, long completed, BigDecimal plannedCost, BigDecimal completedCost) {
    }

    /**
     * replacement's work on the supplier's cameras: devices replaced (completed work orders), orders not cancelled or
     * failed, and their cost per currency; when replacement could not answer, {@code available} is false.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReplacementExposure(boolean available, String unavailableReason, Long devicesReplaced,
            Long replacementOrders, List<CostLine> costs) {
    }

    /** Cases against the supplier: open ones (every status but CLOSED) and the count per status. */
    public record CaseExposure(long open, Map<CaseStatus, Long> byStatus) {
    }

    /**
     * A supplier's exposure. Local parts (cases, finding counts) are always there; a remote part whose service is
     * down is marked unavailable, {@code complete} is false and {@code unavailable} names the services.
     */
    public record Exposure(UUID supplierId, String supplierName, SupplierStatus supplierStatus, InventoryExposure inventory,
            ReplacementExposure replacement, CaseExposure cases, Map<FindingType, Long> findings, boolean complete,
            List<String> unavailable, Instant asOf) {
    }
}
