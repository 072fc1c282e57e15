package org.crp.gateway.policy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ordered per-route settings of the configuration (a body limit, a timeout): the first rule one of whose
 * path patterns matches a path gives that path its value; no matching rule leaves the default.
 *
 * @param <T> the setting
 */
public final class PathRules<T> {

    private final List<Rule<T>> rules;

    private PathRules(List<Rule<T>> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Compiles configured rules: each names its path patterns and its value. */
    public static <R, T> PathRules<T> of(List<R> configured, Function<R, List<String>> paths, Function<R, T> value) {
        return new PathRules<>(configured.stream()
                .map(r -> new Rule<>(paths.apply(r).stream().map(PathPattern::compile).toList(), value.apply(r)))
                .toList());
    }

    /** The value of the first rule matching {@code path}, if any. */
    public Optional<T> valueFor(String path) {
        for (Rule<T> rule : rules) {
            if (PathPattern.anyMatches(rule.paths(), path)) {
                return Optional.of(rule.value());
            }
        }
        return Optional.empty();
    }

    private record Rule<T>(List<PathPattern> paths, T value) {
    }
}
