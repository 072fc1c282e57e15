package org.crp.gateway.limit;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.backend.Backend;
import org.crp.gateway.config.GatewayConfig;
import org.crp.gateway.policy.PathRules;

/**
 * How long a service may stay silent on a route before the caller gets 504: the first configured rule
 * whose path matches (a CSV import or export works for minutes), else the service's own timeout.
 */
@ApplicationScoped
public class RouteTimeouts {

    private final PathRules<Duration> rules;

    RouteTimeouts(GatewayConfig config) {
        this.rules = PathRules.of(config.routeTimeouts().rules().orElse(List.of()), GatewayConfig.RouteTimeoutRule::paths,
                GatewayConfig.RouteTimeoutRule::timeout);
    }

    public Duration timeoutFor(Backend backend, String path) {
        return rules.valueFor(path).orElse(backend.config().timeout());
    }
}
