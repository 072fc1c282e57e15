package org.crp.inventory.risk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.inventory.network.Destinations;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The risk lists in memory, so scoring never reads them per device. Reloaded after a change on
 * this replica and, by {@link ScoringPoller}'s poll, after a change made on another replica: one cheap read of the
 * versions when nothing changed.
 */
@ApplicationScoped
public class RiskLists {

    private static final Logger LOG = Logger.getLogger(RiskLists.class);

    /** What the rules use, read in one transaction so the two lists always belong together. */
    public record Current(Set<String> countriesOfConcern, Destinations allowlist, Map<RiskListKind, Long> versions) {
    }

    private final Object swap = new Object();
    private volatile Current current;

    public Current current() {
        Current state = current;
        if (state == null) {
            synchronized (swap) {
                if (current == null) {
                    current = read();
                    LOG.infof("Risk lists loaded, versions %s", current.versions());
                }
                state = current;
            }
        }
        return state;
    }

    public Set<String> countriesOfConcern() {
        return current().countriesOfConcern();
    }

    public Destinations allowlist() {
        return current().allowlist();
    }

    /** Reloads when a list's version in the database differs from the one in memory; true when something changed. */
    boolean refresh() {
        synchronized (swap) {
            Map<RiskListKind, Long> stored = QuarkusTransaction.requiringNew().call(RiskLists::versions);
            if (current != null && stored.equals(current.versions())) {
                return false;
            }
            current = read();
            LOG.infof("Risk lists reloaded, versions %s", current.versions());
            return true;
        }
    }

    private static Map<RiskListKind, Long> versions() {
        Map<RiskListKind, Long> versions = new EnumMap<>(RiskListKind.class);
        RiskList.<RiskList>listAll().forEach(l -> versions.put(RiskListKind.of(l.name), l.version));
        return versions;
    }

    private static Current read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<RiskListKind, List<String>> entries = new EnumMap<>(RiskListKind.class);
            Map<RiskListKind, Long> versions = new EnumMap<>(RiskListKind.class);
            for (RiskList list : RiskList.<RiskList>listAll()) {
                RiskListKind kind = RiskListKind.of(list.name);
                entries.put(kind, List.copyOf(list.entries));
                versions.put(kind, list.version);
            }
            return new Current(Set.copyOf(entries.getOrDefault(RiskListKind.COUNTRIES_OF_CONCERN, List.of())),
                    new Destinations(entries.getOrDefault(RiskListKind.DESTINATION_ALLOWLIST, List.of())), versions);
        });
    }
}
