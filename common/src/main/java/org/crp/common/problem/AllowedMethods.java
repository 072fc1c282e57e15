package org.crp.common.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The methods each path is served with, for the Allow header that a 405 must carry (RFC 9110, 15.5.6):
 * RESTEasy Reactive answers 405 without it. Read once from the service's resource classes (their
 * {@code @Path} and method annotations); HEAD comes with GET and OPTIONS with every path, as RESTEasy serves them.
 */
@Singleton
public class AllowedMethods {

    /** {name} or {name: regex}, one level of braces inside the regex ({1,3}). */
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private record Operation(Pattern path, String method) {
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
                    operations.add(new Operation(pattern(root.value() + "/" + (sub == null ? "" : sub.value())), verb));
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
