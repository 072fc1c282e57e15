package org.crp.supplier.client;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of inventory's answers this service reads; anything else inventory adds is ignored. */
public final class InventoryDtos {
    private InventoryDtos() {
    }

    /** Counts of one supplier's devices in inventory. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierSummary(UUID supplierId, long devices, long flagged, long originMismatches, long relabelSuspects,
            long coveredManufacturer) {
    }

    /** One risk rule that fired on a device, such as ORIGIN_MISMATCH, RELABEL_SUSPECTED, COVERED_MANUFACTURER, FOREIGN_CALLBACK. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RiskReason(String code, int points, String detail) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InventoryDevice(UUID id, String serial, UUID supplierId, String declaredManufacturer,
            String declaredCountry, String verifiedManufacturer, String verifiedCountry, String status, Integer riskScore,
            String riskLevel, List<RiskReason> riskReasons) {

        public List<RiskReason> reasons() {
            return riskReasons == null ? List.of() : riskReasons;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DevicePage(List<InventoryDevice> items, String nextCursor) {
        public List<InventoryDevice> devices() {
            return items == null ? List.of() : items;
        }
    }
}
