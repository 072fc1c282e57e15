package org.crp.common.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a parameterised HQL condition from optional filters; absent filters add nothing, and
 * values are always bound, never concatenated.
 */
public final class Filter {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    public Filter eq(String field, Object value) {
        if (value != null) {
            clauses.add(field + " = :" + bind(value));
        }
        return this;
    }

    /**
     * Repeated query parameters mean OR: the field matches any of the values. One value is bound as
     * a plain equality: Hibernate caches the SQL of such a query, while a list parameter makes it
     * translate the query again on every execution.
     */
    public Filter in(String field, Collection<?> values) {
        if (values != null && values.size() == 1) {
            return eq(field, values.iterator().next());
        }
        if (values != null && !values.isEmpty()) {
            clauses.add(field + " in :" + bind(values));
        }
        return this;
    }

    public Filter atLeast(String field, Object value) {
        if (value != null) {
            clauses.add(field + " >= :" + bind(value));
        }
        return this;
    }

    /** Case-insensitive equality with any of the fields, such as a maker declared or verified. */
    public Filter equalsIgnoreCaseAny(String value, String... fields) {
        if (value != null && !value.isBlank()) {
            String p = bind(value.strip().toLowerCase(java.util.Locale.ROOT));
            clauses.add("(" + String.join(" or ", java.util.Arrays.stream(fields).map(f -> "lower(" + f + ") = :" + p).toList()) + ")");
        }
        return this;
    }

    /** Case-insensitive substring search over the fields; LIKE wildcards in the text are taken literally. */
    public Filter containsAny(String text, String... fields) {
        if (text != null && !text.isBlank()) {
            String escaped = text.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            String p = bind("%" + escaped + "%");
            clauses.add("(" + String.join(" or ", java.util.Arrays.stream(fields)
                    .map(f -> "lower(" + f + ") like :" + p + " escape '\\'").toList()) + ")");
        }
        return this;
    }

    /** A condition written by the caller with no parameters, such as {@code array_length(legalHolds) > 0}. */
    public Filter when(boolean apply, String condition) {
        if (apply) {
            clauses.add(condition);
        }
        return this;
    }

    /** For an array column: matches rows whose array shares at least one element with {@code values}. */
    public Filter overlaps(String arrayField, Collection<String> values) {
        if (values != null && !values.isEmpty()) {
            clauses.add("array_intersects(" + arrayField + ", :" + bind(values.toArray(String[]::new)) + ")");
        }
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> params() {
        return params;
    }

    Filter copy() {
        Filter copy = new Filter();
        copy.clauses.addAll(clauses);
        copy.params.putAll(params);
        return copy;
    }

    Filter after(String idField, Object id) {
        if (id != null) {
            clauses.add(idField + " > :" + bind(id));
        }
        return this;
    }

    /**
     * Rows after ({@code key}, {@code id}) in the order {@code field} then id, both ascending or both
     * descending, as a row comparison: PostgreSQL bounds an index scan on {@code (field, id)} with it.
     * Rows whose field is null never match; the caller pages through them separately.
     */
    Filter afterRow(String field, String idField, boolean descending, Object key, Object id) {
        clauses.add("(" + field + ", " + idField + ") " + (descending ? "<" : ">") + " (:" + bind(key) + ", :" + bind(id) + ")");
        return this;
    }

    Filter before(String idField, Object id) {
        if (id != null) {
            clauses.add(idField + " < :" + bind(id));
        }
        return this;
    }

    private String bind(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }
}
