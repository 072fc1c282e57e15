package org.crp.replacement.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CountryCode;

public final class CatalogueDtos {
    private CatalogueDtos() {
    }

    public record ModelRequest(
            @NotBlank @Size(max = 100) String manufacturer,
            @NotBlank @Size(max = 100) String model,
            @NotNull @CountryCode String countryOfOrigin,
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
            @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits before the point and 2 after")
            BigDecimal unitCost,
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
            @Digits(integer = 12, fraction = 2, message = "must have at most 12 digits before the point and 2 after")
            BigDecimal installCost,
            @NotNull @Min(0) @Max(3650) Integer leadTimeDays) {
    }

    public record ModelView(UUID id, UUID vendorId, String manufacturer, String model, String countryOfOrigin,
            BigDecimal unitCost, BigDecimal installCost, int leadTimeDays, Instant createdAt, Instant updatedAt,
            long version) {
        static ModelView of(ReplacementModel m) {
            return new ModelView(m.id, m.vendorId, m.manufacturer, m.model, m.countryOfOrigin, m.unitCost,
                    m.installCost, m.leadTimeDays, m.createdAt, m.updatedAt, m.version);
        }
    }

    /** The shape of {@code Page<ModelView>} as the OpenAPI document shows it (Java's generics are erased there). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ModelPage")
    public record ModelPage(List<ModelView> items, String nextCursor, Long total) {
    }
}
