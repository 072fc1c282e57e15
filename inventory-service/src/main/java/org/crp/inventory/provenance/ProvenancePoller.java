package org.crp.inventory.provenance;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Picks up registry versions and watchlist changes committed by other replicas
 * ({@code crp.provenance.poll-every}, default 60 s; {@code off} disables). Two cheap reads when nothing changed.
 * Synchronized, so that a caller of {@link #poll()} finds a poll already running finished, announcement included.
 */
@ApplicationScoped
class ProvenancePoller {

    private static final Logger LOG = Logger.getLogger(ProvenancePoller.class);

    private final OuiRegistry registry;
    private final Watchlist watchlist;
    private final ProvenanceEvents events;

    ProvenancePoller(OuiRegistry registry, Watchlist watchlist, ProvenanceEvents events) {
        this.registry = registry;
        this.watchlist = watchlist;
        this.events = events;
    }

    @Scheduled(identity = "provenance-poll", every = "${crp.provenance.poll-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void poll() {
        try {
            Set<RegistryKind> kinds = registry.refresh(null);
            if (!kinds.isEmpty()) {
                events.fire(new ProvenanceChanged(ProvenanceChanged.Subject.REGISTRY, kinds, false,
                        "registry version changed on another replica: " + kinds));
            }
            if (watchlist.refresh()) {
                events.fire(new ProvenanceChanged(ProvenanceChanged.Subject.WATCHLIST, Set.of(), false,
                        "watchlist changed on another replica, now revision " + watchlist.revision()));
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not check for provenance changes; will try again");
        }
    }
}
