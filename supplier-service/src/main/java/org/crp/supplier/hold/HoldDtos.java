package org.crp.supplier.hold;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class HoldDtos {
    private HoldDtos() {
    }

    /**
     * The devices to hold, named by inventory device id (deviceIds) or by DEVICE evidence item of the
     * case (evidenceIds), or both; every device must be DEVICE evidence of the case.
     */
    @Schema(example = "{\"deviceIds\": [\"0190f5b2-7c1e-7a3d-9f10-3b2c4d5e6f70\"], "
            + "\"reason\": \"Preserve the camera for forensic examination\"}")
    public record HoldRequest(
            @Size(max = 100) List<UUID> deviceIds,
            @Size(max = 100) List<UUID> evidenceIds,
            @Size(max = 500) String reason) {
    }

    @Schema(example = "{\"id\": \"0190f5b4-1111-7abc-8def-0123456789ab\", \"caseId\": \"0190f5a0-2222-7abc-8def-0123456789ab\", "
            + "\"caseNumber\": \"LC-2026-00001\", \"evidenceId\": \"0190f5a9-3333-7abc-8def-0123456789ab\", "
            + "\"deviceId\": \"0190f5b2-7c1e-7a3d-9f10-3b2c4d5e6f70\", \"reason\": \"Preserve the camera for forensic examination\", "
            + "\"status\": \"ACTIVE\", \"delivery\": \"PENDING\", \"attempts\": 2, "
            + "\"lastError\": \"inventory answered 503\", \"placedAt\": \"2026-03-02T09:15:00Z\", "
            + "\"placedBy\": \"counsel.lee\", \"version\": 2}")
    public record HoldView(UUID id, UUID caseId, String caseNumber, UUID evidenceId, UUID deviceId, String reason,
            HoldStatus status, HoldDelivery delivery, int attempts, String lastError, Instant deliveredAt,
            Instant placedAt, String placedBy, Instant releasedAt, String releasedBy, long version) {
        public static HoldView of(LegalHold h, String caseNumber) {
            return new HoldView(h.id, h.caseId, caseNumber, h.evidenceId, h.deviceId, h.reason, h.status, h.delivery,
                    h.attempts, h.lastError, h.deliveredAt, h.placedAt, h.placedBy, h.releasedAt, h.releasedBy, h.version);
        }
    }

    /** The holds a placement created, in the order of the devices asked for. */
    public record PlacedHolds(List<HoldView> items) {
    }
}
