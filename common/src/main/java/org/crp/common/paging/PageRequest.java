package org.crp.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.crp.common.problem.ApiException;

/**
 * A keyset page request: at most {@code limit} rows whose id comes after {@code after}, or, for a
 * list sorted by another key, after the position in {@code keyCursor}. The cursor that clients see
 * is opaque (base64url of the last id, or of the sort, last key and last id) so its shape may change later.
 */
public record PageRequest(int limit, UUID after, boolean withTotal, KeyCursor keyCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private static final String KEY_CURSOR = "k1\n";

    /** Where a page of a list sorted by a key starts: after the row with this key text and id, in this sort. */
    public record KeyCursor(String sort, String key, UUID id) {
    }

    public PageRequest(int limit, UUID after, boolean withTotal) {
        this(limit, after, withTotal, null);
    }

    /** Validates raw query parameters; a bad limit or cursor is the caller's mistake (400). */
    public static PageRequest of(Integer limit, String cursor, Boolean total) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor == null || cursor.isEmpty()) {
            return new PageRequest(size, null, Boolean.TRUE.equals(total), null);
        }
        String text = decode(cursor);
        if (text.startsWith(KEY_CURSOR)) {
            String[] parts = text.substring(KEY_CURSOR.length()).split("\n", 3);
            if (parts.length == 3 && (parts[2].startsWith("+") || parts[2].equals("-"))) {
                try {
                    return new PageRequest(size, null, Boolean.TRUE.equals(total), new KeyCursor(parts[0],
                            parts[2].equals("-") ? null : parts[2].substring(1), UUID.fromString(parts[1])));
                } catch (IllegalArgumentException e) {
                    throw notACursor();
                }
            }
            throw notACursor();
        }
        try {
            return new PageRequest(size, UUID.fromString(text), Boolean.TRUE.equals(total), null);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    static String encode(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastId.toString().getBytes(StandardCharsets.US_ASCII));
    }

    static String encode(String sort, Object lastKey, UUID lastId) {
        String text = KEY_CURSOR + sort + "\n" + lastId + "\n" + (lastKey == null ? "-" : "+" + lastKey);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    private static ApiException notACursor() {
        return ApiException.badRequest("cursor", "is not a cursor returned by this list; start again without one");
    }
}
