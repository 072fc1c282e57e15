package org.crp.inventory.provenance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides whether a name (an IEEE organisation, a declared or verified manufacturer) belongs to
 * a watchlist entry. Immutable apart from its memo; rebuilt whenever the watchlist changes.
 *
 * <p>Rules, chosen so that a match can be explained and a near miss cannot slip in:
 * <ul>
 * <li>Case, accents and punctuation do not count: "HIKVISION", "Hikvision," and "Hikvísion" are one
 * word; "Co.,Ltd." reads as the words "co ltd".</li>
 * <li>A term matches whole words, in order: "Hikvision" matches "Hangzhou Hikvision Digital
 * Technology Co.,Ltd." but not "Hikvisionary"; "Hangzhou Ezviz" matches "Hangzhou Ezviz Software".</li>
 * <li>A term written in Han script (Chinese has no spaces between words) matches anywhere in the name.</li>
 * <li>An entry's exclusion terms veto it: Dahua excludes "Shanghai Dahua Scale", an unrelated
 * scale maker in the MA-M registry.</li>
 * <li>Inactive entries never match. When several entries match, the one whose matched term is
 * longest (the most specific) wins; then the name in alphabetical order, so the answer is stable.</li>
 * </ul>
 */
public final class WatchlistMatcher {

    /** What the matcher needs of a watchlist entry. */
    public record Entry(UUID id, String name, Set<CoveringList> lists, List<String> matchTerms,
            List<String> excludeTerms, boolean active) {
    }

    private record Term(Entry entry, String original, String normalised, boolean anywhere) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int MEMO_LIMIT = 200_000;

    private final List<Term> terms;
    private final List<Term> exclusions;
    private final ConcurrentHashMap<String, Optional<WatchlistMatch>> memo = new ConcurrentHashMap<>();

    public WatchlistMatcher(List<Entry> entries) {
        List<Term> include = new ArrayList<>();
        List<Term> exclude = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.active()) {
                continue;
            }
            entry.matchTerms().forEach(t -> term(entry, t).ifPresent(include::add));
            entry.excludeTerms().forEach(t -> term(entry, t).ifPresent(exclude::add));
        }
        include.sort(Comparator.comparingInt((Term t) -> -t.normalised().length())
                .thenComparing(t -> t.entry().name()));
        this.terms = List.copyOf(include);
        this.exclusions = List.copyOf(exclude);
    }

    public static WatchlistMatcher empty() {
        return new WatchlistMatcher(List.of());
    }

    /** The entry covering {@code name}, if any. Safe to call from many threads. */
    public Optional<WatchlistMatch> match(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<WatchlistMatch> known = memo.get(name);
        if (known != null) {
            return known;
        }
        Optional<WatchlistMatch> found = compute(name);
        if (memo.size() < MEMO_LIMIT) {
            memo.put(name, found);
        }
        return found;
    }

    private Optional<WatchlistMatch> compute(String name) {
        String text = normalise(name);
        if (text.isBlank()) {
            return Optional.empty();
        }
        for (Term term : terms) {
            if (matches(term, text) && !excluded(term.entry(), text)) {
                Entry entry = term.entry();
                return Optional.of(new WatchlistMatch(entry.id(), entry.name(), entry.lists(), term.original()));
            }
        }
        return Optional.empty();
    }

    private boolean excluded(Entry entry, String text) {
        for (Term exclusion : exclusions) {
            if (exclusion.entry() == entry && matches(exclusion, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Term term, String paddedText) {
        return term.anywhere() ? paddedText.replace(" ", "").contains(term.normalised().replace(" ", ""))
                : paddedText.contains(term.normalised());
    }

    private static Optional<Term> term(Entry entry, String original) {
        String normalised = normalise(original);
        if (normalised.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Term(entry, original.strip(), normalised, HAN.matcher(original).find()));
    }

    /**
     * Lower case, no accents, words separated by single spaces and padded by one space at each end,
     * so that " term " inside " text " is a whole-word match. Blank when nothing is left.
     */
    public static String normalise(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String words = SEPARATORS.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return words.isEmpty() ? " " : " " + words + " ";
    }

    /** True when {@code term} would match something: it has at least one letter or digit. */
    public static boolean usable(String term) {
        return term != null && !normalise(term).isBlank();
    }
}
