package org.crp.gateway.limit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.crp.gateway.config.GatewayConfig;
import org.crp.gateway.policy.PathPattern;

/** The request body limit of each route: the first configured rule whose path matches, else the default. */
@ApplicationScoped
public class BodySizeLimits {

    private final long defaultMax;
    private final long drainMax;
    private final List<Rule> rules;

    @Inject
    public BodySizeLimits(GatewayConfig config) {
        this(config.bodyLimits().defaultMax().asLongValue(), config.bodyLimits().drainMax().asLongValue(),
                config.bodyLimits().rules().orElse(List.of()).stream()
                        .map(r -> new Rule(r.paths().stream().map(PathPattern::compile).toList(), r.max().asLongValue()))
                        .toList());
    }

    BodySizeLimits(long defaultMax, long drainMax, List<Rule> rules) {
        this.defaultMax = defaultMax;
        this.drainMax = drainMax;
        this.rules = List.copyOf(rules);
    }

    public long maxFor(String path) {
        for (Rule rule : rules) {
            if (rule.paths().stream().anyMatch(p -> p.matches(path))) {
                return rule.max();
            }
        }
        return defaultMax;
    }

    /** How much of a refused streamed body is read and dropped before the caller is disconnected. */
    public long drainMax() {
        return drainMax;
    }

    record Rule(List<PathPattern> paths, long max) {
    }
}
