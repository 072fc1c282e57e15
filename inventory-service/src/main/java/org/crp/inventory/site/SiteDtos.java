package org.crp.inventory.site;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class SiteDtos {
    private SiteDtos() {
    }

    public record SiteRequest(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "must be 2 to 32 upper-case letters, digits or dashes, such as BASE-07") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String region) {
    }

    public record SiteView(UUID id, String code, String name, String region, Instant createdAt, Instant updatedAt,
            long version) {
        static SiteView of(Site site) {
            return new SiteView(site.id, site.code, site.name, site.region, site.createdAt, site.updatedAt, site.version);
        }
    }
}
