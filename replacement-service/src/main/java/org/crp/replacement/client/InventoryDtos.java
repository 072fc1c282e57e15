package org.crp.replacement.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The parts of inventory's answers this service reads; anything else inventory adds is ignored. */
public final class InventoryDtos {
    private InventoryDtos() {
    }

    /** One of inventory's risk lists, such as its countries of concern. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RiskList(String name, List<String> entries) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MatchAnswer(String name, boolean covered, Match match) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Match(UUID entryId, String name, String matchedTerm) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InventoryDevice(UUID id, UUID siteId, UUID zoneId, UUID supplierId, String status, Integer riskScore,
            String riskLevel, String serial, String model, UUID replacesDeviceId) {
        public int score() {
            return riskScore == null ? 0 : riskScore;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DevicePage(List<InventoryDevice> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InventorySite(UUID id, String code, String region) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SitePage(List<InventorySite> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InventoryZone(UUID id, UUID siteId, String code, String kind, int criticality,
            BigDecimal maxOutOfServiceFraction) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ZonePage(List<InventoryZone> items, String nextCursor) {
    }

    /**
     * inventory's atomic bulk status change, narrowed to exact serials (at most
     * {@link Inventory#BULK_PAGE}) and the statuses they may leave from.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BulkStatusCall(List<String> serial, List<String> status, String target, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BulkStatusAnswer(long devices, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewCamera(String serial, String model, String manufacturer, String country, String macAddress) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReplacementCall(UUID workOrderId, UUID oldDeviceId, NewCamera newDevice) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReplacementAnswer(UUID workOrderId, UUID oldDeviceId, UUID newDeviceId) {
    }

    /** Cameras no live order will swap any more: inventory moves those still SCHEDULED back to where they were. */
    public record ReleaseCall(List<UUID> deviceIds, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReleaseAnswer(int released) {
    }
}
