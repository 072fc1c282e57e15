package org.crp.inventory.provenance;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The watchlist of covered entities, in memory: {@link #match(String)} never touches the database,
 * so scoring a million devices costs a million in-memory matches (memoised per distinct name).
 * Reloaded after every change on this replica and, through {@link ProvenancePoller}, after changes
 * made on other replicas.
 */
@ApplicationScoped
public class Watchlist {

    private static final Logger LOG = Logger.getLogger(Watchlist.class);

    private record State(long revision, WatchlistMatcher matcher, int entries) {
    }

    private final Object swap = new Object();
    private volatile State state;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        state();
    }

    /**
     * The active entry covering {@code name} (an IEEE organisation, a declared or verified
     * manufacturer), by the rules of {@link WatchlistMatcher}. Empty for null or blank names.
     */
    public Optional<WatchlistMatch> match(String name) {
        return state().matcher().match(name);
    }

    /** The matcher in use now; a caller that matches many names against one consistent watchlist keeps it. */
    public WatchlistMatcher matcher() {
        return state().matcher();
    }

    /** Increases with every committed change to the watchlist. */
    public long revision() {
        return state().revision();
    }

    private State state() {
        State current = state;
        if (current == null) {
            synchronized (swap) {
                if (state == null) {
                    state = read();
                    LOG.infof("Watchlist loaded: %d entries, revision %d", state.entries(), state.revision());
                }
                current = state;
            }
        }
        return current;
    }

    /** Reloads when the database has a newer revision; true when something changed. */
    boolean refresh() {
        synchronized (swap) {
            State before = state();
            long revision = QuarkusTransaction.requiringNew().call(() -> ProvenanceRevision.current(ProvenanceRevision.WATCHLIST));
            if (revision == before.revision()) {
                return false;
            }
            state = read();
            LOG.infof("Watchlist reloaded: %d entries, revision %d", state.entries(), state.revision());
            return true;
        }
    }

    private static State read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long revision = ProvenanceRevision.current(ProvenanceRevision.WATCHLIST);
            List<WatchlistEntry> entries = WatchlistEntry.listAll();
            return new State(revision, new WatchlistMatcher(entries.stream().map(Watchlist::toMatcherEntry).toList()),
                    entries.size());
        });
    }

    static WatchlistMatcher.Entry toMatcherEntry(WatchlistEntry e) {
        return new WatchlistMatcher.Entry(e.id, e.name, lists(e.lists), List.copyOf(e.matchTerms),
                List.copyOf(e.excludeTerms), e.active);
    }

    /** The stored list names as enum constants; a name this build does not know is skipped, not fatal. */
    static Set<CoveringList> lists(List<String> names) {
        Set<CoveringList> lists = EnumSet.noneOf(CoveringList.class);
        for (String name : names) {
            try {
                lists.add(CoveringList.valueOf(name));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Unknown covering list %s in the watchlist; ignored", name);
            }
        }
        return lists;
    }
}
