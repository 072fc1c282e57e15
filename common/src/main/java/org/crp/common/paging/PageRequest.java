package org.crp.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.crp.common.problem.ApiException;

/**
 * A keyset page request: at most {@code limit} rows whose id comes after {@code after}. The
 * cursor that clients see is opaque (base64url of the last id) so its shape may change later.
 */
public record PageRequest(int limit, UUID after, boolean withTotal) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /** Validates raw query parameters; a bad limit or cursor is the caller's mistake (400). */
    public static PageRequest of(Integer limit, String cursor, Boolean total) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return new PageRequest(size, decode(cursor), Boolean.TRUE.equals(total));
    }

    static String encode(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static UUID decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cursor", "is not a cursor returned by this list; start again without one");
        }
    }
}
