package org.crp.common.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.crp.common.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters are checked before a resource is matched, where JAX-RS would misread them: an
 * integer that does not convert (limit=99999999999 or limit=ten) would answer 404 as if the
 * resource were missing, a Boolean reads anything but "true" as false, and a control character (NUL
 * above all) would reach PostgreSQL, which refuses it. Each is a 400 naming the parameter; ranges are
 * checked where the parameters are used.
 */
public class QueryParamChecks {

    static final Set<String> INTEGER_PARAMS = Set.of("limit", "minScore", "wave");
    static final Set<String> BOOLEAN_PARAMS = Set.of("total", "held", "dryRun");

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                check(name, value);
            }
        }
    }

    static void check(String name, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest(name, "must not contain control characters");
        }
        if (value.isEmpty()) {
            return;
        }
        if (INTEGER_PARAMS.contains(name) && !value.matches("[+-]?\\d{1,9}")) {
            throw ApiException.badRequest(name, "'" + shortened(value) + "' is not a whole number in range");
        }
        if (BOOLEAN_PARAMS.contains(name) && !value.equals("true") && !value.equals("false")) {
            throw ApiException.badRequest(name, "'" + shortened(value) + "' is not true or false");
        }
    }

    private static String shortened(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "..." : value;
    }
}
