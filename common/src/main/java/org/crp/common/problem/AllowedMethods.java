package org.crp.common.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The methods each path is served with, for the Allow header that a 405 must carry (RFC 9110, 15.5.6):
 * RESTEasy Reactive answers 405 without it, and its own answer to OPTIONS lists every method of the resource
 * class, whatever the path. Also the media types each operation takes and answers, for the 415 and 406 problems
 * to name. Read once from the service's resource classes (their {@code @Path}, method, {@code @Consumes} and
 * {@code @Produces} annotations); HEAD comes with GET and OPTIONS with every path, as RESTEasy serves them.
 */
@Singleton
public class AllowedMethods {

    /** {name} or {name: regex}, one level of braces inside the regex ({1,3}). */
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private record Operation(Pattern path, String method, List<String> consumes, List<String> produces) {
    }

    private final List<Operation> operations = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                            : type.getAnnotation(Produces.class);
                    operations.add(new Operation(pattern(root.value() + "/" + (sub == null ? "" : sub.value())), verb,
                            consumes == null ? List.of() : List.of(consumes.value()),
                            produces == null ? List.of() : List.of(produces.value())));
                }
            }
        }
    }

    /** "DELETE, GET, HEAD, OPTIONS, PUT" for a path some resource serves; empty when none does. */
    public String of(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Operation operation : operations) {
            if (operation.path().matcher(path).matches()) {
                allowed.add(operation.method());
                if (HttpMethod.GET.equals(operation.method())) {
                    allowed.add(HttpMethod.HEAD);
                }
                allowed.add(HttpMethod.OPTIONS);
            }
        }
        return String.join(", ", allowed);
    }

    /** "text/csv" or "application/json or text/csv": what {@code method} on {@code path} takes; empty if unknown. */
    public String consumed(String method, String path) {
        return mediaTypes(method, path, Operation::consumes);
    }

    /** What {@code method} on {@code path} answers, as {@link #consumed}. */
    public String produced(String method, String path) {
        return mediaTypes(method, path, Operation::produces);
    }

    private String mediaTypes(String method, String path, Function<Operation, List<String>> types) {
        Set<String> found = new TreeSet<>();
        for (Operation operation : operations) {
            if (operation.method().equals(HttpMethod.HEAD.equals(method) ? HttpMethod.GET : method)
                    && operation.path().matcher(path).matches()) {
                types.apply(operation).forEach(type -> found.addAll(List.of(type.split("\\s*,\\s*"))));
            }
        }
        return String.join(" or ", found);
    }

    /** RESTEasy's answer to OPTIONS names the methods of the whole resource class: this path's instead. */
    @ServerResponseFilter
    public void allowOfOptions(ContainerRequestContext request, ContainerResponseContext response) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            String allowed = of(request.getUriInfo().getPath());
            if (!allowed.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, allowed);
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The template as a regular expression: literal text quoted, each parameter its own regex or one segment. */
    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(path);
        int literal = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(literal, parameter.start())))
                    .append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).trim()).append(')');
            literal = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(literal))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
