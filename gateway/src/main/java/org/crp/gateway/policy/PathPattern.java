package org.crp.gateway.policy;

import java.util.List;

/**
 * A path pattern of the route configuration: literal segments, {@code *} for exactly one segment, and a
 * trailing {@code /**} for the path itself and everything below it ({@code /api/supplier/cases/**} matches
 * {@code /api/supplier/cases} and {@code /api/supplier/cases/7/events}, not {@code /api/supplier/casesX}).
 * Every forwarded call is judged by several, so matching walks the path once, without regexes or copies.
 */
public final class PathPattern {

    private static final String ANY_SEGMENT = "*";

    private final String text;
    /** The segments after each '/', in order: literals, or {@link #ANY_SEGMENT}. */
    private final String[] segments;
    private final boolean subtree;

    private PathPattern(String text, String[] segments, boolean subtree) {
        this.text = text;
        this.segments = segments;
        this.subtree = subtree;
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
        String[] split = fixed.split("/", -1);
        String[] segments = new String[split.length - 1];
        for (int i = 1; i < split.length; i++) {
            segments[i - 1] = ANY_SEGMENT.equals(split[i]) ? ANY_SEGMENT : split[i];
        }
        return new PathPattern(pattern, segments, subtree);
    }

    public boolean matches(String path) {
        int at = 0;
        int length = path.length();
        for (String segment : segments) {
            if (at >= length || path.charAt(at) != '/') {
                return false;
            }
            int start = at + 1;
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = length;
            }
            if (segment == ANY_SEGMENT) {
                if (end == start) {
                    return false;
                }
            } else if (end - start != segment.length() || !path.regionMatches(start, segment, 0, segment.length())) {
                return false;
            }
            at = end;
        }
        return at == length || subtree && path.charAt(at) == '/';
    }

    /** Whether any of the patterns matches {@code path}. */
    public static boolean anyMatches(List<PathPattern> patterns, String path) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
