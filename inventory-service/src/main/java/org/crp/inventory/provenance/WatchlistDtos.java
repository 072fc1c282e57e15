package org.crp.inventory.provenance;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class WatchlistDtos {
    private WatchlistDtos() {
    }

    public record WatchlistRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 100) String affiliateOf,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> matchTerms,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> excludeTerms,
            @NotEmpty Set<@NotNull CoveringList> lists,
            @Size(max = 2000) String notes,
            Boolean active) {
    }

    public record WatchlistView(UUID id, String name, String affiliateOf, List<String> matchTerms,
            List<String> excludeTerms, Set<CoveringList> lists, String notes, boolean active, Instant createdAt,
            Instant updatedAt, long version) {
        static WatchlistView of(WatchlistEntry e) {
            return new WatchlistView(e.id, e.name, e.affiliateOf, List.copyOf(e.matchTerms), List.copyOf(e.excludeTerms),
                    new TreeSet<>(Watchlist.lists(e.lists)), e.notes, e.active, e.createdAt, e.updatedAt, e.version);
        }
    }

    /** Whether a name is covered: what a security officer asks before trusting a manufacturer string. */
    public record MatchView(String name, boolean covered, WatchlistMatch match) {
    }
}
