package org.crp.inventory.provenance;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** Records {@link ProvenanceChanged} in each style the contract promises to serve (a singleton: tests read its fields directly, which a client proxy would hide). */
@Singleton
public class ProvenanceEventRecorder {

    final List<ProvenanceChanged> sync = new CopyOnWriteArrayList<>();
    final List<ProvenanceChanged> afterSuccess = new CopyOnWriteArrayList<>();
    final List<ProvenanceChanged> async = new CopyOnWriteArrayList<>();

    void onSync(@Observes ProvenanceChanged change) {
        sync.add(change);
    }

    void onAfterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProvenanceChanged change) {
        afterSuccess.add(change);
    }

    void onAsync(@ObservesAsync ProvenanceChanged change) {
        async.add(change);
    }

    /**
     * The synchronous events of changes made by this replica. The scheduled poller may also notice a
     * change between its commit and the in-memory swap and announce it as remote; tests count these.
     */
    List<ProvenanceChanged> local() {
        return sync.stream().filter(ProvenanceChanged::originatedHere).toList();
    }

    void clear() {
        sync.clear();
        afterSuccess.clear();
        async.clear();
    }

    /** Waits up to five seconds for an asynchronous delivery. */
    boolean awaitAsync(Predicate<ProvenanceChanged> wanted) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> async.stream().anyMatch(wanted));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
