package org.crp.k8s.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Generic access to YAML documents as maps, for custom resources that have no model class. */
public final class Yaml {

    private static final ObjectMapper MAPPER = new YAMLMapper();

    private Yaml() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> documents(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (MappingIterator<Object> it = MAPPER.readerFor(Object.class).readValues(text)) {
            while (it.hasNext()) {
                Object doc = it.next();
                if (doc instanceof Map<?, ?> map && !map.isEmpty()) {
                    docs.add((Map<String, Object>) map);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not valid YAML", e);
        }
        return docs;
    }

    public static Map<String, Object> document(String text) {
        List<Map<String, Object>> docs = documents(text);
        if (docs.size() != 1) {
            throw new IllegalArgumentException("expected one YAML document, found " + docs.size());
        }
        return docs.get(0);
    }

    /** The value at a dotted path ("spec.db.host"); numeric segments index lists. Null when absent. */
    public static Object at(Object node, String path) {
        Object current = node;
        for (String segment : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(segment);
            } else if (current instanceof List<?> list && segment.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(segment);
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    public static String string(Object node, String path) {
        Object value = at(node, path);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node, String path) {
        Object value = at(node, path);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object node, String path) {
        Object value = at(node, path);
        return value instanceof List<?> ? (List<Object>) value : List.of();
    }
}
