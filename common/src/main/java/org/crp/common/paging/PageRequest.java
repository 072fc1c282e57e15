package org.crp.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.crp.common.problem.ApiException;

/**
 * A keyset page request: at most {@code limit} rows whose id comes after {@code after}, or, for a
 * list sorted by another key, after the position in {@code keyCursor}. The cursor that clients see
 * is opaque (base64url of the kind of rows it was made for, the sort, the last key and the last id) so its
 * shape may change later; {@code list} is that kind of rows, which the page checks against its own.
 */
public record PageRequest(int limit, UUID after, boolean withTotal, KeyCursor keyCursor, String list) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    private static final String ID_CURSOR = "i1\n";
    private static final String KEY_CURSOR = "k2\n";

    /** Where a page of a list sorted by a key starts: after the row with this key text and id, in this sort. */
    public record KeyCursor(String sort, String key, UUID id) {
    }

    public PageRequest(int limit, UUID after, boolean withTotal) {
        this(limit, after, withTotal, null, null);
    }

    /** Validates raw query parameters; a bad limit or cursor is the caller's mistake (400). */
    public static PageRequest of(Integer limit, String cursor, Boolean total) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        boolean withTotal = Boolean.TRUE.equals(total);
        if (cursor == null || cursor.isEmpty()) {
            return new PageRequest(size, null, withTotal, null, null);
        }
        String text = decode(cursor);
        try {
            if (text.startsWith(ID_CURSOR)) {
                String[] parts = text.substring(ID_CURSOR.length()).split("\n", -1);
                if (parts.length == 2) {
                    return new PageRequest(size, UUID.fromString(parts[1]), withTotal, null, parts[0]);
                }
            } else if (text.startsWith(KEY_CURSOR)) {
                String[] parts = text.substring(KEY_CURSOR.length()).split("\n", 4);
                if (parts.length == 4 && (parts[3].startsWith("+") || parts[3].equals("-"))) {
                    return new PageRequest(size, null, withTotal, new KeyCursor(parts[1],
                            parts[3].equals("-") ? null : parts[3].substring(1), UUID.fromString(parts[2])), parts[0]);
                }
            }
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
        throw notACursor();
    }

    static String encode(String list, UUID lastId) {
        return encode(ID_CURSOR + list + "\n" + lastId);
    }

    static String encode(String list, String sort, Object lastKey, UUID lastId) {
        return encode(KEY_CURSOR + list + "\n" + sort + "\n" + lastId + "\n" + (lastKey == null ? "-" : "+" + lastKey));
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notACursor();
        }
    }

    static ApiException notACursor() {
        return ApiException.badRequest("cursor", "is not a cursor returned by this list; start again without one");
    }
}
