package org.crp.inventory.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

/** Fires {@link ProvenanceChanged} as its javadoc promises: sync and async, after commit, never failing the change. */
@ApplicationScoped
class ProvenanceEvents {

    private static final Logger LOG = Logger.getLogger(ProvenanceEvents.class);

    private final Event<ProvenanceChanged> event;

    ProvenanceEvents(Event<ProvenanceChanged> event) {
        this.event = event;
    }

    void fire(ProvenanceChanged change) {
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
