package org.crp.inventory.provenance;

import java.util.Set;
import java.util.UUID;

/**
 * A name that a watchlist entry covers.
 *
 * @param entryId the watchlist entry
 * @param name the entry's name, such as Hikvision
 * @param lists the lists that cover the entry
 * @param matchedTerm the entry's term found in the name, such as "Ezviz"
 */
public record WatchlistMatch(UUID entryId, String name, Set<CoveringList> lists, String matchedTerm) {
    public WatchlistMatch {
        lists = Set.copyOf(lists);
    }
}
