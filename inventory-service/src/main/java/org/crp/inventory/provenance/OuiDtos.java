package org.crp.inventory.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

public final class OuiDtos {
    private OuiDtos() {
    }

    /**
     * The answer for one MAC address. An address in no known block answers 200 with prefix,
     * registry and organisation null and covered false: "not registered" is an answer, not an error.
     */
    public record LookupView(String mac, String prefix, Integer prefixBits, String registry, String organisation,
            boolean covered, WatchlistRef watchlist, LocalDate registryPublishedOn) {
    }

    public record WatchlistRef(UUID id, String name, Set<CoveringList> lists, String matchedTerm) {
        static WatchlistRef of(WatchlistMatch match) {
            return match == null ? null
                    : new WatchlistRef(match.entryId(), match.name(), new TreeSet<>(match.lists()), match.matchedTerm());
        }
    }

    /** One registry as served now. */
    public record RegistryView(String kind, String source, UUID versionId, LocalDate publishedOn, int rows,
            int blocks, String sha256, Instant uploadedAt, String uploadedBy) {
        static RegistryView of(OuiTable t) {
            return new RegistryView(t.kind().label(), t.source().name().toLowerCase(java.util.Locale.ROOT), t.versionId(),
                    t.publishedOn(), t.rows(), t.size(), t.sha256(), t.uploadedAt(), t.uploadedBy());
        }
    }

    public record RegistriesView(List<RegistryView> registries) {
    }

    /** An uploaded version; {@code current} marks the one in use. */
    public record VersionView(UUID id, String kind, LocalDate publishedOn, int rows, int blocks, String sha256,
            Instant uploadedAt, String uploadedBy, boolean current) {
        static VersionView of(OuiRegistryVersion v, boolean current) {
            return new VersionView(v.id, v.kind, v.publishedOn, v.rowCount, v.blockCount, v.sha256, v.createdAt,
                    v.uploadedBy, current);
        }
    }
}
