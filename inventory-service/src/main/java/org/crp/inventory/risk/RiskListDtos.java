package org.crp.inventory.risk;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RiskListDtos {
    private RiskListDtos() {
    }

    /** The whole new content of a list; entries are checked, normalised and kept once each. */
    public record RiskListRequest(
            @Schema(description = "Countries of concern: ISO 3166-1 alpha-2 codes in upper case. Destination allowlist: "
                    + "IPv4/IPv6 addresses, CIDR blocks without host bits, or exact host names.",
                    example = "[\"CN\", \"HK\", \"IR\", \"KP\", \"MO\", \"RU\", \"BY\"]")
            @NotNull @Size(max = RiskListService.MAX_ENTRIES) List<@NotNull String> entries,
            @Schema(description = "Why the list changes; kept in the list's history", example = "Ministry circular 2026/14")
            @Size(max = 500) String note) {
    }

    public record RiskListView(
            @Schema(example = "countries-of-concern") String name,
            @Schema(example = "[\"CN\", \"HK\", \"IR\", \"KP\", \"MO\", \"RU\"]") List<String> entries,
            Instant updatedAt,
            @Schema(description = "The ETag; send it as If-Match to change the list", example = "3") long version) {
        static RiskListView of(RiskList list) {
            return new RiskListView(list.name, List.copyOf(list.entries), list.updatedAt, list.version);
        }
    }
}
