package org.crp.common.web;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.crp.common.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JAX-RS answers 404 when an integer query parameter does not convert (limit=99999999999 or
 * limit=ten): the caller's mistake would read as a missing resource. This filter checks the
 * integer query parameters of the services' operations first and names the parameter in a 400; the
 * ranges are checked where the parameters are used.
 */
public class WholeNumberParams {

    static final Set<String> INTEGER_PARAMS = Set.of("limit", "minScore", "wave");

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        for (String name : INTEGER_PARAMS) {
            List<String> values = query.get(name);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                if (!value.isEmpty() && !value.matches("[+-]?\\d{1,9}")) {
                    throw ApiException.badRequest(name, "'" + (value.length() > 20 ? value.substring(0, 20) + "..." : value)
                            + "' is not a whole number in range");
                }
            }
        }
    }
}
