package org.crp.inventory.device;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CountryCode;
import org.crp.common.validation.Serials;
import org.crp.inventory.risk.RiskLevel;
import org.crp.inventory.risk.RiskReason;

public final class DeviceDtos {
    private DeviceDtos() {
    }

    /** A serial as labels carry it: a letter or digit, then letters, digits and . _ / - (no spaces or control characters). */

    public record DeviceRequest(
            @NotBlank @Size(max = Serials.MAX) @Pattern(regexp = Serials.PATTERN, message = Serials.RULE) String serial,
            @Size(max = 64) @SingleLine String assetTag,
            @NotBlank @Size(max = 100) @SingleLine String model,
            @NotBlank @Size(max = 100) @SingleLine String declaredManufacturer,
            @NotNull @CountryCode String declaredCountry,
            @NotBlank @Size(max = 32) String macAddress,
            @Size(max = 45) String ipAddress,
            @Size(max = 64) @SingleLine String firmwareVersion,
            @NotNull UUID siteId,
            UUID zoneId,
            UUID supplierId,
            @Size(max = 64) @SingleLine String contractReference,
            @PastOrPresent LocalDate installDate) {
    }

    public record DeviceView(UUID id, String serial, String assetTag, String model, String declaredManufacturer,
            String declaredCountry, String verifiedManufacturer, String verifiedCountry, String macAddress,
            String ipAddress, String firmwareVersion, UUID siteId, UUID zoneId, UUID supplierId,
            String contractReference, LocalDate installDate, DeviceStatus status, int riskScore, RiskLevel riskLevel,
            List<RiskReason> riskReasons, List<String> legalHolds, UUID replacesDeviceId, UUID replacedByDeviceId,
            Instant createdAt, Instant updatedAt, long version) {
        public static DeviceView of(Device d) {
            return new DeviceView(d.id, d.serial, d.assetTag, d.model, d.declaredManufacturer, d.declaredCountry,
                    d.verifiedManufacturer, d.verifiedCountry, d.macAddress, d.ipAddress, d.firmwareVersion, d.siteId,
                    d.zoneId, d.supplierId, d.contractReference, d.installDate, d.status, d.riskScore, d.riskLevel,
                    List.copyOf(d.riskReasons), List.copyOf(d.legalHolds), d.replacesDeviceId, d.replacedByDeviceId,
                    d.createdAt, d.updatedAt, d.version);
        }
    }

    public record StatusChange(@NotNull DeviceStatus status, @Size(max = 500) String reason) {
    }
}
