package org.crp.supplier.supplier;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CountryCode;
import org.crp.supplier.docs.Examples;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SupplierDtos {
    private SupplierDtos() {
    }

    @Schema(example = Examples.SUPPLIER_REQUEST)
    public record SupplierRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String registrationNumber,
            @NotNull @CountryCode String country) {
    }

    /** A change of standing; the reason is kept on the supplier and is required for every change. */
    @Schema(example = Examples.SUPPLIER_STATUS_CHANGE)
    public record StatusChange(
            @NotNull SupplierStatus status,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(example = Examples.SUPPLIER)
    public record SupplierView(UUID id, String name, String registrationNumber, String country, SupplierStatus status,
            String statusReason, Instant statusChangedAt, Instant createdAt, Instant updatedAt, long version) {
        static SupplierView of(Supplier s) {
            return new SupplierView(s.id, s.name, s.registrationNumber, s.country, s.status, s.statusReason,
                    s.statusChangedAt, s.createdAt, s.updatedAt, s.version);
        }
    }
}
