package org.crp.common.web;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.crp.common.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters are checked before a resource is matched, where JAX-RS would misread them: an
 * integer that does not convert (limit=99999999999 or limit=ten) would answer 404 as if the
 * resource were missing, a Boolean reads anything but "true" as false, and a control character (NUL
 * above all) would reach PostgreSQL, which refuses it. Each is a 400 naming the parameter; ranges are
 * checked where the parameters are used.
 * <p>
 * Once the operation is known, a parameter it does not take is a 400 naming the ones it does (a typo such
 * as siteID would otherwise answer every camera, unfiltered), and so is a parameter given twice where the
 * operation takes one value (JAX-RS would read the first and drop the rest); list filters repeat.
 */
public class QueryParamChecks {

    /** An operation's query parameters: all their names, and those that take a single value. */
    record Accepted(Set<String> names, Set<String> single) {
    }

    private final Map<Method, Accepted> accepted = new ConcurrentHashMap<>();

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

    @ServerRequestFilter
    public void checkAgainstOperation(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Map<String, List<String>> parameters = request.getUriInfo().getQueryParameters();
        if (method == null || parameters.isEmpty()) {
            return;
        }
        Accepted operation = accepted.computeIfAbsent(method, QueryParamChecks::acceptedBy);
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!operation.names().contains(name)) {
                throw ApiException.badRequest(Echo.of(name, 20), operation.names().isEmpty()
                        ? "is not a parameter of this operation, which takes no query parameters"
                        : "is not a parameter of this operation; it takes " + String.join(", ", operation.names()));
            }
            if (parameter.getValue().size() > 1 && operation.single().contains(name)) {
                throw ApiException.badRequest(name, "is given " + parameter.getValue().size()
                        + " times; this operation takes one value of it");
            }
        }
    }

    static Accepted acceptedBy(Method method) {
        Set<String> names = new TreeSet<>();
        Set<String> single = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
                if (!Collection.class.isAssignableFrom(parameter.getType())) {
                    single.add(query.value());
                }
            }
        }
        return new Accepted(Collections.unmodifiableSet(names), Collections.unmodifiableSet(single));
    }

    static void check(String name, String value) {
        String control = ControlCharacters.find(value, false);
        if (control != null) {
            throw ApiException.badRequest(name, "must not contain " + control);
        }
        if (value.isEmpty()) {
            return;
        }
        if (INTEGER_PARAMS.contains(name) && !value.matches("[+-]?\\d{1,9}")) {
            throw ApiException.badRequest(name, "'" + Echo.of(value, 20) + "' is not a whole number in range");
        }
        if (BOOLEAN_PARAMS.contains(name) && !value.equals("true") && !value.equals("false")) {
            throw ApiException.badRequest(name, "'" + Echo.of(value, 20) + "' is not true or false");
        }
    }
}
