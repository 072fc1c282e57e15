package org.crp.inventory.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.crp.inventory.history.History;
import org.jboss.logging.Logger;

/** Fires {@link ProvenanceChanged} as its javadoc promises: sync and async, after commit, never failing the change. */
@ApplicationScoped
class ProvenanceEvents {

    private static final Logger LOG = Logger.getLogger(ProvenanceEvents.class);

    private final Event<ProvenanceChanged> event;
    private final History history;

    ProvenanceEvents(Event<ProvenanceChanged> event, History history) {
        this.event = event;
        this.history = history;
    }

    void fire(ProvenanceChanged news) {
        ProvenanceChanged change = news.causedBy(history.cause("provenance changed: " + news.description()));
        LOG.infof("Provenance changed (%s, originated here: %s): %s", change.subject(), change.originatedHere(),
                change.description());
        try {
            event.fire(change);
        } catch (RuntimeException e) {
            LOG.errorf(e, "An observer of %s failed; the change itself stands", change);
        }
        event.fireAsync(change).exceptionally(e -> {
            LOG.errorf(e, "An asynchronous observer of %s failed; the change itself stands", change);
            return change;
        });
    }
}
