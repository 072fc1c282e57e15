package org.crp.common.paging;

import java.util.List;
import java.util.Locale;

import org.crp.common.problem.ApiException;

/** The order of a list: one allowed key, ascending or descending, with the id as tie-breaker in the same direction. */
public record Sort<E>(SortKey<E> key, boolean descending) {

    /**
     * Reads a {@code sort} query parameter, {@code field} or {@code field,asc|desc}, against the
     * allowed keys. Absent or blank gives {@code null}: the list's default order by id.
     */
    public static <E> Sort<E> parse(String raw, List<SortKey<E>> allowed) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] parts = raw.strip().split(",", -1);
        String names = allowed.stream().map(SortKey::name).toList().toString();
        if (parts.length > 2) {
            throw ApiException.badRequest("sort", "'" + raw + "' is not field or field,asc or field,desc; fields: " + names);
        }
        SortKey<E> key = allowed.stream().filter(k -> k.name().equals(parts[0].strip())).findFirst()
                .orElseThrow(() -> ApiException.badRequest("sort", "'" + parts[0].strip()
                        + "' cannot be sorted by; allowed: " + names + ", each optionally followed by ,asc or ,desc"));
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw ApiException.badRequest("sort", "direction '" + parts[1].strip() + "' is neither asc nor desc");
        }
        return new Sort<>(key, direction.equals("desc"));
    }

    /** How the order is named in a cursor and in messages, such as {@code riskScore,desc}. */
    public String token() {
        return key.name() + "," + (descending ? "desc" : "asc");
    }

    String orderBy(String idField) {
        return descending ? key.field() + " desc nulls first, " + idField + " desc"
                : key.field() + " asc nulls last, " + idField + " asc";
    }
}
