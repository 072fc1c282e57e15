package org.crp.common.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.crp.common.problem.ApiException;

/**
 * Typed reading of repeated query parameters. JAX-RS would answer 404 for a value it cannot
 * convert; a filter with a typo is the caller's mistake, so it gets a 400 naming the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> List<E> enums(String name, List<String> raw, Class<E> type) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().map(value -> {
            try {
                return Enum.valueOf(type, present(name, value));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }).toList();
    }

    /** Values given as they are (each present); none is any. */
    public static List<String> texts(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        raw.forEach(value -> present(name, value));
        return raw;
    }

    public static List<UUID> uuids(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().map(value -> {
            try {
                return UUID.fromString(present(name, value));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(name, "'" + value + "' is not an id (a UUID)");
            }
        }).toList();
    }

    /** A JSON body may carry null in a filter's list, which a query string cannot. */
    private static String present(String name, String value) {
        if (value == null) {
            throw ApiException.badRequest(name, "holds null; give values, or leave the filter out");
        }
        return value;
    }
}
