package org.crp.inventory.zone;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class ZoneDtos {
    private ZoneDtos() {
    }

    /** On update {@code siteId} must stay the zone's site: zones do not move between sites. */
    public record ZoneRequest(
            @NotNull UUID siteId,
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}", message = "must be 1 to 32 upper-case letters, digits or dashes, such as NORTH-FENCE") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull ZoneKind kind,
            @NotNull @Min(1) @Max(5) Integer criticality,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "1", message = "must be at most 1")
            @Digits(integer = 1, fraction = 3, message = "must have at most 3 decimals, such as 0.125") BigDecimal maxOutOfServiceFraction) {
    }

    public record ZoneView(UUID id, UUID siteId, String code, String name, ZoneKind kind, int criticality,
            BigDecimal maxOutOfServiceFraction, Instant createdAt, Instant updatedAt, long version) {
        public static ZoneView of(Zone z) {
            return new ZoneView(z.id, z.siteId, z.code, z.name, z.kind, z.criticality, z.maxOutOfServiceFraction,
                    z.createdAt, z.updatedAt, z.version);
        }
    }
}
