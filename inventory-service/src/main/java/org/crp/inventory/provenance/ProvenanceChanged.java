package org.crp.inventory.provenance;

import java.util.Set;
import org.crp.inventory.history.Cause;

/**
 * CDI event: the registry or the watchlist changed, so every provenance answer may have changed.
 * The risk engine observes it to re-score all devices at once.
 *
 * <h2>Contract</h2>
 * <ul>
 * <li><b>When.</b> Fired after the change has been committed <em>and</em> the in-memory state of
 * {@link Provenance}, {@link OuiRegistry} and {@link Watchlist} on this replica already reflects it,
 * so an observer that calls them sees the new answers. It is never fired for a change that was
 * rolled back.</li>
 * <li><b>How.</b> Fired twice through {@code jakarta.enterprise.event.Event}: {@code fire} for
 * synchronous observers and {@code fireAsync} for {@code @ObservesAsync} ones, so each observer
 * gets it exactly once whichever style it uses. It is fired outside any transaction: an observer
 * declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} is therefore notified at
 * once. A synchronous observer runs on the thread that made the change (an HTTP request thread or
 * the poller's) and delays its answer: hand long work, such as re-scoring every device, to another
 * thread or use {@code @ObservesAsync}. An observer's exception is logged and does not undo the change.</li>
 * <li><b>Where.</b> Each replica fires it for changes it made ({@link #originatedHere} true) and
 * for changes made by other replicas that its poll picked up ({@link #originatedHere} false,
 * within {@code crp.provenance.poll-every}, default 60 s). Work that writes to the shared database
 * once for the whole cluster should run only when {@code originatedHere} is true; caches local to a
 * replica should be refreshed on every event. The event is a prompt, not the record: if the replica that
 * made a change dies before firing, or before the work it set off is done, nothing fires again. The risk
 * engine's re-scoring therefore does not rest on it alone: the database counts every change and every finished
 * full re-score, and every replica's poll catches up on what is missing (see {@code ScoringPoller}).</li>
 * </ul>
 *
 * @param subject what changed
 * @param registries for a registry change, the kinds that changed; empty for the watchlist
 * @param originatedHere true on the replica where the change was made
 * @param description for logs, e.g. "MA-L registry: uploaded version ... by admin"
 * @param cause the request that made the change, for the history of the re-score it sets off (given when fired)
 */
public record ProvenanceChanged(Subject subject, Set<RegistryKind> registries, boolean originatedHere,
        String description, Cause cause) {

    public enum Subject {
        REGISTRY, WATCHLIST
    }

    public ProvenanceChanged {
        registries = Set.copyOf(registries);
    }

    public ProvenanceChanged(Subject subject, Set<RegistryKind> registries, boolean originatedHere, String description) {
        this(subject, registries, originatedHere, description, null);
    }

    ProvenanceChanged causedBy(Cause by) {
        return new ProvenanceChanged(subject, registries, originatedHere, description, by);
    }
}
