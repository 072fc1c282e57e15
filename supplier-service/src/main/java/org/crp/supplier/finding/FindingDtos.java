package org.crp.supplier.finding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.supplier.client.InventoryDtos.SupplierSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class FindingDtos {
    private FindingDtos() {
    }

    public record DeviceInput(
            @Schema(example = "01935b7e-8c1a-7d2e-9f00-3b1c2d4e5f60") @NotNull UUID deviceId,
            @Schema(example = "HX-2025-000117") @Size(max = 100) String serial,
            @Schema(example = "firmware phones home to 203.0.113.9 every 10 minutes") @Size(max = 2000) String detail) {
    }

    @Schema(description = "A finding recorded by hand, with the devices and the evidence items (of cases against this "
            + "supplier) behind it")
    public record FindingRequest(
            @Schema(example = "UNAUTHORIZED_DATA_TRANSFER") @NotNull FindingType type,
            @Schema(example = "Network capture shows footage uploaded to an overseas address")
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 1000) List<@Valid @NotNull DeviceInput> devices,
            @Size(max = 100) List<@NotNull UUID> evidenceIds) {
    }

    public record DeviceView(UUID deviceId, String serial, String detail) {
    }

    public record FindingView(UUID id, UUID supplierId, FindingType type, FindingSource source, String subjectKey,
            String summary, UUID deliveryId, UUID certificateId, List<DeviceView> devices, List<UUID> evidenceIds,
            String recordedBy, Instant createdAt) {
        static FindingView of(Finding f) {
            return new FindingView(f.id, f.supplierId, f.type, f.source, f.subjectKey, f.summary, f.deliveryId,
                    f.certificateId, f.devices.stream().map(d -> new DeviceView(d.deviceId, d.serial, d.detail)).toList(),
                    List.copyOf(f.evidenceIds), f.recordedBy, f.createdAt);
        }
    }

    /** One finding a scan touched: new ({@code added}) or already there, and how many devices were new to it. */
    public record FindingRef(UUID id, FindingType type, String subjectKey, int devicesAdded) {
    }

    /**
     * What a scan did: inventory's counts for the supplier, how many devices and deliveries it looked at, and the
     * findings it added and those that already existed. A second scan over unchanged data adds nothing.
     */
    public record ScanResult(UUID supplierId, SupplierSummary inventorySummary, int devicesExamined,
            int deliveriesChecked, int addedCount, int existingCount, List<FindingRef> added, List<FindingRef> existing,
            Instant scannedAt) {
    }
}
