package org.crp.replacement.vendor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CountryCode;

public final class VendorDtos {
    private VendorDtos() {
    }

    /** {@code certifications} may be left out when the vendor holds none. */
    public record VendorRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "may hold only letters, digits and dashes") String registrationNumber,
            @NotNull @CountryCode String country,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> certifications,
            @NotNull @Size(min = 1, max = 100) List<@NotBlank @Size(max = 100) String> regions,
            @NotNull @Min(1) @Max(10000) Integer installsPerDay) {
    }

    public record VendorView(UUID id, String name, String registrationNumber, String country,
            List<String> certifications, List<String> regions, int installsPerDay, VendorStatus status,
            Instant createdAt, Instant updatedAt, long version) {
        static VendorView of(Vendor v) {
            return new VendorView(v.id, v.name, v.registrationNumber, v.country, v.certifications, v.regions,
                    v.installsPerDay, v.status, v.createdAt, v.updatedAt, v.version);
        }
    }

    public record StatusRequest(@NotNull VendorStatus status, @Size(max = 500) String reason) {
    }

    /** The shape of {@code Page<VendorView>} as the OpenAPI document shows it (Java's generics are erased there). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "VendorPage")
    public record VendorPage(List<VendorView> items, String nextCursor, Long total) {
    }
}
