package org.crp.supplier.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CountryCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DeliveryDtos {
    private DeliveryDtos() {
    }

    public static final String SHA256_MESSAGE = "must be the SHA-256 of the document: exactly 64 hexadecimal characters";

    @Schema(description = "A certificate of origin that came with a delivery")
    public record CertificateRequest(
            @Schema(example = "Korea Chamber of Commerce") @NotBlank @Size(max = 200) String issuer,
            @Schema(example = "KCCI-2025-118234") @NotBlank @Size(max = 100) String number,
            @Schema(example = "2025-03-02") @NotNull @PastOrPresent LocalDate issueDate,
            @Schema(description = "The origin the certificate claims (ISO 3166-1 alpha-2); the delivery's declared origin when absent",
                    example = "KR") @CountryCode String claimedOrigin,
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = SHA256_MESSAGE) String documentSha256) {
    }

    @Schema(description = "A delivery of cameras under a contract, with the serials delivered and its certificates of origin")
    public record DeliveryRequest(
            @Schema(example = "MOIS-2025-CCTV-0042") @NotBlank @Size(max = 100) String contractNumber,
            @Schema(example = "2025-03-10") @NotNull @PastOrPresent LocalDate deliveryDate,
            @Schema(description = "ISO 3166-1 alpha-2", example = "KR") @NotNull @CountryCode String declaredOrigin,
            @Schema(example = "[\"HX-2025-000117\", \"HX-2025-000118\"]")
            @NotNull @Size(min = 1, max = 10000, message = "must list between 1 and 10000 serials")
            List<@NotBlank @Size(max = 100) String> serials,
            @Size(max = 100) List<@Valid @NotNull CertificateRequest> certificates) {
    }

    public record CertificateView(UUID id, UUID deliveryId, String issuer, String number, LocalDate issueDate,
            String claimedOrigin, String documentSha256, Instant createdAt) {
        static CertificateView of(Certificate c) {
            return new CertificateView(c.id, c.deliveryId, c.issuer, c.number, c.issueDate, c.claimedOrigin,
                    c.documentSha256, c.createdAt);
        }
    }

    public record DeliveryView(UUID id, UUID supplierId, String contractNumber, LocalDate deliveryDate,
            String declaredOrigin, List<String> serials, List<CertificateView> certificates, Instant lastCheckedAt,
            Instant createdAt, long version) {
        static DeliveryView of(Delivery d, List<Certificate> certificates) {
            return new DeliveryView(d.id, d.supplierId, d.contractNumber, d.deliveryDate, d.declaredOrigin,
                    List.copyOf(d.serials), certificates.stream().map(CertificateView::of).toList(), d.lastCheckedAt,
                    d.createdAt, d.version);
        }
    }

    /** A device whose verified origin contradicts what a certificate claims. */
    public record Contradiction(UUID certificateId, String certificateNumber, String claimedOrigin, UUID deviceId,
            String serial, String verifiedOrigin) {
    }

    /**
     * What a check of a delivery found: how many of its serials inventory knows and has verified the origin of,
     * the serials inventory does not know, those not verified yet (they cannot contradict anything), the
     * contradictions, and the FALSIFIED_DOCUMENT findings added or already there (a repeated check adds none).
     */
    public record CheckResult(UUID deliveryId, int serialsChecked, int devicesFound, int devicesVerified,
            List<String> unknownSerials, List<String> unverifiedSerials, List<Contradiction> contradictions,
            List<UUID> findingsAdded, List<UUID> findingsExisting, Instant checkedAt) {
    }
}
