package org.crp.inventory.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.inventory.device.MacAddress;

/**
 * The provenance checks that the risk engine calls: entirely in memory (the IEEE registries and
 * the watchlist are loaded once and swapped on change), so it may be called for every device of a
 * million-device re-score without touching the database.
 *
 * <p>When the registry or the watchlist changes, {@link ProvenanceChanged} is fired after commit;
 * see its javadoc for the contract.
 */
@ApplicationScoped
public class Provenance {

    private final OuiRegistry registry;
    private final Watchlist watchlist;
    private final ProvenancePoller poller;
    private volatile CoveredBlocks covered;

    private record CoveredBlocks(OuiSnapshot snapshot, WatchlistMatcher matcher, List<CoveredBlock> blocks) {
    }

    Provenance(OuiRegistry registry, Watchlist watchlist, ProvenancePoller poller) {
        this.registry = registry;
        this.watchlist = watchlist;
        this.poller = poller;
    }

    /**
     * Brings the registries and the watchlist in memory up to the database, announcing a change another replica made
     * ({@link ProvenanceChanged} with {@code originatedHere} false). Throws when the database cannot be read.
     */
    public void refresh() {
        poller.poll();
    }

    /**
     * Looks a device up.
     *
     * @param mac the device's MAC, normalised (AA:BB:CC:DD:EE:FF) or in any notation {@link MacAddress} accepts; may be null
     * @param declaredManufacturer the manufacturer on the paperwork; may be null
     * @param verifiedManufacturer the manufacturer an inspection found; may be null
     */
    public ProvenanceAssessment assess(String mac, String declaredManufacturer, String verifiedManufacturer) {
        OuiSnapshot snapshot = registry.snapshot();
        WatchlistMatcher matcher = watchlist.matcher();
        String normalised = mac == null ? null : MacAddress.normalize(mac);
        long value = normalised == null ? -1 : MacBits.parse(normalised);
        OuiMatch block = value < 0 ? null : snapshot.lookup(value);
        WatchlistMatch macCovered = block == null ? null : matcher.match(block.organisation()).orElse(null);
        return new ProvenanceAssessment(normalised, block, macCovered, matcher.match(declaredManufacturer).orElse(null),
                matcher.match(verifiedManufacturer).orElse(null));
    }

    /** The IEEE block of a MAC (any notation); empty when malformed or unregistered. */
    public Optional<OuiMatch> registryBlock(String mac) {
        return registry.lookup(mac);
    }

    /** The watchlist entry covering a name, such as a manufacturer. */
    public Optional<WatchlistMatch> coveredName(String name) {
        return watchlist.match(name);
    }

    /**
     * Every registry block whose organisation is covered, longest prefixes first (36, 28, 24 bits).
     * Computed once per registry-and-watchlist state (a pass over about 42,000 blocks).
     * Beware when matching in SQL: a MAC in a covered 24-bit block may sit in an uncovered 28- or
     * 36-bit block of another owner only when IEEE subdivided that 24-bit block, which it does only
     * for its own "IEEE Registration Authority" blocks, never for a company's.
     */
    public List<CoveredBlock> coveredBlocks() {
        OuiSnapshot snapshot = registry.snapshot();
        WatchlistMatcher matcher = watchlist.matcher();
        CoveredBlocks cached = covered;
        if (cached != null && cached.snapshot() == snapshot && cached.matcher() == matcher) {
            return cached.blocks();
        }
        List<CoveredBlock> blocks = new ArrayList<>();
        for (RegistryKind kind : RegistryKind.LONGEST_FIRST) {
            OuiTable table = snapshot.table(kind);
            if (table == null) {
                continue;
            }
            for (Map.Entry<Long, String> block : table.blocks().entrySet()) {
                matcher.match(block.getValue()).ifPresent(m -> blocks.add(
                        new CoveredBlock(kind, kind.hex(block.getKey()), kind.bits(), block.getValue(), m)));
            }
        }
        blocks.sort(Comparator.comparingInt((CoveredBlock b) -> -b.prefixBits()).thenComparing(CoveredBlock::prefix));
        List<CoveredBlock> result = List.copyOf(blocks);
        covered = new CoveredBlocks(snapshot, matcher, result);
        return result;
    }
}
