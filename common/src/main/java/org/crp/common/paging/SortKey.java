package org.crp.common.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * A field a list may be ordered by. The id breaks ties, so every order is total and keyset paging
 * stays exact. {@code type} says how the key is written into and read back from a cursor; a
 * nullable key sorts its nulls after every value (PostgreSQL's own order, so an index on
 * {@code (field, id)} serves both directions).
 */
public record SortKey<E>(String name, String field, Class<?> type, boolean nullable, Function<E, ?> value) {

    public SortKey {
        if (type != String.class && type != Integer.class && type != Long.class && type != LocalDate.class
                && type != Instant.class && type != UUID.class) {
            throw new IllegalArgumentException("sort key " + name + " has an unsupported type " + type);
        }
    }

    Object parse(String text) {
        if (type == String.class) {
            return text;
        } else if (type == Integer.class) {
            return Integer.valueOf(text);
        } else if (type == Long.class) {
            return Long.valueOf(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == Instant.class) {
            return Instant.parse(text);
        }
        return UUID.fromString(text);
    }
}
