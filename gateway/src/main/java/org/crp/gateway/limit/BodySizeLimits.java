package org.crp.gateway.limit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.config.GatewayConfig;
import org.crp.gateway.policy.PathRules;

/** The request body limit of each route: the first configured rule whose path matches, else the default. */
@ApplicationScoped
public class BodySizeLimits {

    private final long defaultMax;
    private final long drainMax;
    private final PathRules<Long> rules;

    BodySizeLimits(GatewayConfig config) {
        this.defaultMax = config.bodyLimits().defaultMax().asLongValue();
        this.drainMax = config.bodyLimits().drainMax().asLongValue();
        this.rules = PathRules.of(config.bodyLimits().rules().orElse(List.of()), GatewayConfig.BodyLimitRule::paths,
                rule -> rule.max().asLongValue());
    }

    public long maxFor(String path) {
        return rules.valueFor(path).orElse(defaultMax);
    }

    /** How much of a refused streamed body is read and dropped before the caller is disconnected. */
    public long drainMax() {
        return drainMax;
    }
}
