package org.crp.gateway.policy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.crp.gateway.config.GatewayConfig;

/**
 * The coarse per-route role policy: ordered rules, the first whose path and method match decides, and
 * a call that no rule matches is refused. Services enforce their own, finer rules behind it.
 */
@ApplicationScoped
public class RoutePolicy {

    private final List<Rule> rules;

    @Inject
    public RoutePolicy(GatewayConfig config) {
        this(config.policy().stream()
                .map(rule -> new Rule(
                        rule.paths().stream().map(PathPattern::compile).toList(),
                        rule.methods().map(RoutePolicy::upperCase).orElse(Set.of()),
                        Set.copyOf(rule.roles())))
                .toList());
    }

    RoutePolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Whether the rule that decides this call (the first whose method and path match) admits one of the roles. */
    public boolean allows(String method, String path, Set<String> roles) {
        for (Rule rule : rules) {
            if (rule.appliesTo(method, path)) {
                return rule.admits(roles);
            }
        }
        return false;
    }

    private static Set<String> upperCase(List<String> methods) {
        return methods.stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @param methods empty means every method */
    public record Rule(List<PathPattern> paths, Set<String> methods, Set<String> roles) {

        boolean appliesTo(String method, String path) {
            return (methods.isEmpty() || methods.contains(method)) && PathPattern.anyMatches(paths, path);
        }

        public boolean admits(Set<String> callerRoles) {
            for (String role : callerRoles) {
                if (roles.contains(role)) {
                    return true;
                }
            }
            return false;
        }
    }
}
