package org.crp.inventory.provenance;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Picks up registry versions and watchlist changes committed by other replicas, and announces them. Run by the risk
 * engine's poll ({@code ScoringPoller}, every {@code crp.provenance.poll-every}) through {@link Provenance#refresh()},
 * which also sees to the re-scoring such a change needs. Two cheap reads when nothing changed. Synchronized, so that
 * a caller of {@link #poll()} finds a poll already running finished, announcement included. A failure to read is
 * thrown, so that the caller knows the memory may be behind.
 */
@ApplicationScoped
class ProvenancePoller {

    private final OuiRegistry registry;
    private final Watchlist watchlist;
    private final ProvenanceEvents events;

    ProvenancePoller(OuiRegistry registry, Watchlist watchlist, ProvenanceEvents events) {
        this.registry = registry;
        this.watchlist = watchlist;
        this.events = events;
    }

    synchronized void poll() {
        Set<RegistryKind> kinds = registry.refresh(null);
        if (!kinds.isEmpty()) {
            events.fire(new ProvenanceChanged(ProvenanceChanged.Subject.REGISTRY, kinds, false,
                    "registry version changed on another replica: " + kinds));
        }
        if (watchlist.refresh()) {
            events.fire(new ProvenanceChanged(ProvenanceChanged.Subject.WATCHLIST, Set.of(), false,
                    "watchlist changed on another replica, now revision " + watchlist.revision()));
        }
    }
}
