package org.crp.inventory.provenance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.inventory.history.History;
import org.crp.inventory.provenance.WatchlistDtos.MatchView;
import org.crp.inventory.provenance.WatchlistDtos.WatchlistRequest;
import org.crp.inventory.provenance.WatchlistDtos.WatchlistView;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Watchlist changes. Each runs in its own transaction that also bumps the watchlist revision and records the change
 * in history; once it has committed, the in-memory {@link Watchlist} is reloaded and {@link ProvenanceChanged} fired.
 */
@ApplicationScoped
public class WatchlistService {

    private final WatchlistRepository entries;
    private final Watchlist watchlist;
    private final ProvenanceEvents events;
    private final History history;

    WatchlistService(WatchlistRepository entries, Watchlist watchlist, ProvenanceEvents events, History history) {
        this.entries = entries;
        this.watchlist = watchlist;
        this.events = events;
        this.history = history;
    }

    public WatchlistView create(WatchlistRequest request) {
        WatchlistView created = QuarkusTransaction.requiringNew().call(() -> {
            WatchlistEntry entry = new WatchlistEntry();
            apply(entry, request);
            if (entries.nameTaken(entry.name, null)) {
                throw ApiException.conflict("A watchlist entry named " + entry.name + " already exists");
            }
            entries.persistAndFlush(entry);
            ProvenanceRevision.bump(ProvenanceRevision.WATCHLIST);
            WatchlistView view = WatchlistView.of(entry);
            history.record(History.WATCHLIST, entry.id, "CREATED", History.snapshot(view));
            return view;
        });
        changed("entry " + created.name() + " created");
        return created;
    }

    public WatchlistView update(UUID id, String ifMatch, WatchlistRequest request) {
        record Outcome(WatchlistView view, boolean changed) {
        }
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            WatchlistEntry entry = require(id);
            ETags.requireMatch(ifMatch, entry.version);
            WatchlistView before = WatchlistView.of(entry);
            apply(entry, request);
            if (entries.nameTaken(entry.name, id)) {
                throw ApiException.conflict("A watchlist entry named " + entry.name + " already exists");
            }
            if (sameContent(before, WatchlistView.of(entry))) {
                return new Outcome(before, false); // nothing to store, re-score or announce
            }
            entries.flush();
            ProvenanceRevision.bump(ProvenanceRevision.WATCHLIST);
            WatchlistView after = WatchlistView.of(entry);
            history.record(History.WATCHLIST, id, "UPDATED", History.diff(before, after));
            return new Outcome(after, true);
        });
        if (outcome.changed()) {
            changed("entry " + outcome.view().name() + " updated to version " + outcome.view().version());
        }
        return outcome.view();
    }

    private static boolean sameContent(WatchlistView a, WatchlistView b) {
        return a.name().equals(b.name()) && java.util.Objects.equals(a.affiliateOf(), b.affiliateOf())
                && a.matchTerms().equals(b.matchTerms()) && a.excludeTerms().equals(b.excludeTerms())
                && a.lists().equals(b.lists()) && java.util.Objects.equals(a.notes(), b.notes()) && a.active() == b.active();
    }

    public void delete(UUID id, String ifMatch) {
        String name = QuarkusTransaction.requiringNew().call(() -> {
            WatchlistEntry entry = require(id);
            ETags.requireMatch(ifMatch, entry.version);
            history.record(History.WATCHLIST, id, "DELETED", History.snapshot(WatchlistView.of(entry)));
            entries.delete(entry);
            entries.flush();
            ProvenanceRevision.bump(ProvenanceRevision.WATCHLIST);
            return entry.name;
        });
        changed("entry " + name + " deleted");
    }

    @Transactional
    public WatchlistView get(UUID id) {
        return WatchlistView.of(require(id));
    }

    public boolean exists(UUID id) {
        return entries.findByIdOptional(id).isPresent();
    }

    @Transactional
    public Page<WatchlistView> list(List<CoveringList> lists, Boolean active, PageRequest page) {
        Filter filter = new Filter().overlaps("lists", lists.stream().map(Enum::name).toList()).eq("active", active);
        return Paging.page(entries, filter, page, e -> e.id, WatchlistView::of);
    }

    public MatchView match(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("name", "is required: the organisation or manufacturer name to check");
        }
        var found = watchlist.match(name);
        return new MatchView(name, found.isPresent(), found.orElse(null));
    }

    private WatchlistEntry require(UUID id) {
        return entries.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Watchlist entry", id));
    }

    private void changed(String what) {
        watchlist.refresh();
        events.fire(new ProvenanceChanged(ProvenanceChanged.Subject.WATCHLIST, Set.of(), true, "watchlist " + what));
    }

    private static void apply(WatchlistEntry entry, WatchlistRequest request) {
        entry.name = request.name().strip();
        entry.affiliateOf = blankToNull(request.affiliateOf());
        entry.matchTerms = terms("matchTerms", request.matchTerms());
        entry.excludeTerms = terms("excludeTerms", request.excludeTerms() == null ? List.of() : request.excludeTerms());
        entry.lists = request.lists().stream().sorted().map(Enum::name).toList();
        entry.notes = blankToNull(request.notes());
        entry.active = request.active() == null || request.active();
    }

    /** Stripped, each must hold a letter or digit, and spellings that match alike are kept once. */
    private static List<String> terms(String field, List<String> raw) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String term = raw.get(i).strip();
            if (!WatchlistMatcher.usable(term)) {
                throw ApiException.badRequest(field + "[" + i + "]", "must contain a letter or a digit");
            }
            if (seen.add(WatchlistMatcher.normalise(term))) {
                kept.add(term);
            }
        }
        return kept;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
