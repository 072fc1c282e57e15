package org.crp.gateway.policy;

import java.util.regex.Pattern;

/**
 * A path pattern of the route configuration: literal segments, {@code *} for exactly one segment, and a
 * trailing {@code /**} for the path itself and everything below it ({@code /api/supplier/cases/**} matches
 * {@code /api/supplier/cases} and {@code /api/supplier/cases/7/events}, not {@code /api/supplier/casesX}).
 */
public final class PathPattern {

    private final String text;
    private final Pattern regex;

    private PathPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    public static PathPattern compile(String text) {
        String pattern = text.trim();
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("A path pattern starts with '/': " + text);
        }
        boolean subtree = pattern.endsWith("/**");
        String fixed = subtree ? pattern.substring(0, pattern.length() - 3) : pattern;
        if (fixed.contains("**")) {
            throw new IllegalArgumentException("'**' may only end a path pattern: " + text);
        }
        StringBuilder regex = new StringBuilder();
        String[] segments = fixed.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            regex.append('/');
            regex.append("*".equals(segments[i]) ? "[^/]+" : Pattern.quote(segments[i]));
        }
        if (subtree) {
            regex.append("(?:/.*)?");
        }
        return new PathPattern(pattern, Pattern.compile(regex.toString()));
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
