package org.crp.replacement.workorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.Serials;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class WorkOrderDtos {
    private WorkOrderDtos() {
    }

    public record StatusRequest(@NotNull WorkOrderStatus status, @Size(max = 2000) String reason) {
    }

    /** The camera that went up in place of the old one. */
    public record CompletionRequest(
            @NotBlank @Size(max = Serials.MAX) @Pattern(regexp = Serials.PATTERN, message = Serials.RULE) String serial,
            @NotNull @Pattern(regexp = "[0-9A-Fa-f]{2}([:-]?[0-9A-Fa-f]{2}){5}", message = "must be a MAC address such as 00:1A:2B:3C:4D:5E") String macAddress,
            @Schema(description = "The model installed; it must be the planned one, which is taken when this is left out")
            @Size(max = 100) String model) {
    }

    public record NewDevice(String serial, String macAddress, String model,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID inventoryId) {
    }

    public record WorkOrderView(UUID id, UUID programmeId, UUID deviceId, UUID siteId, UUID zoneId,
            UUID originalSupplierId, String region, UUID vendorId, UUID modelId, LocalDate scheduledDate, int wave,
            BigDecimal unitCost, BigDecimal installCost, WorkOrderStatus status, String plannedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) NewDevice newDevice,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant completedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String failureReason, SyncState syncState, Instant createdAt,
            Instant updatedAt, long version) {
        public static WorkOrderView of(WorkOrder o) {
            NewDevice device = o.newSerial == null ? null : new NewDevice(o.newSerial, o.newMacAddress, o.newModel, o.newDeviceId);
            return new WorkOrderView(o.id, o.programmeId, o.deviceId, o.siteId, o.zoneId, o.originalSupplierId, o.region,
                    o.vendorId, o.modelId, o.scheduledDate, o.wave, o.unitCost, o.installCost, o.status, o.plannedBy,
                    device, o.completedAt, o.failureReason, o.syncState, o.createdAt, o.updatedAt, o.version);
        }
    }

    public record EventView(UUID id, WorkOrderStatus from, WorkOrderStatus to, String actor, String requestId, String note,
            Instant at) {
        static EventView of(WorkOrderEvent e) {
            return new EventView(e.id, e.fromStatus, e.toStatus, e.actor, e.requestId, e.note, e.at);
        }
    }

    /** The shape of {@code Page<WorkOrderView>} as the OpenAPI document shows it (Java's generics are erased there). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "WorkOrderPage")
    public record WorkOrderPage(List<WorkOrderView> items, String nextCursor, Long total) {
    }
}
