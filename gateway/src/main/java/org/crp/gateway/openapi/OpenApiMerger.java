package org.crp.gateway.openapi;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents into the gateway's own. Paths are unique per service (each
 * owns its prefix); a component that two documents name alike but define differently is renamed in the
 * later document ({@code Supplier_Problem}), with every {@code $ref} to it rewritten. Services whose
 * document could not be had are listed under {@code x-crp-degraded}.
 */
public final class OpenApiMerger {

    private OpenApiMerger() {
    }

    /**
     * @param own the gateway's document; not modified
     * @param services each service's document by service name (iterated in the map's order); not modified
     * @param missing services whose document is missing, with the reason
     */
    public static JsonObject merge(JsonObject own, Map<String, JsonObject> services, Map<String, String> missing) {
        JsonObject merged = own.copy();
        JsonObject paths = objectAt(merged, "paths");
        JsonObject components = objectAt(merged, "components");
        JsonArray tags = merged.getJsonArray("tags", new JsonArray());
        Set<String> tagNames = new TreeSet<>();
        tags.forEach(t -> tagNames.add(((JsonObject) t).getString("name")));

        services.forEach((service, original) -> {
            JsonObject document = original.copy();
            Map<String, String> renamed = new HashMap<>();
            JsonObject theirs = document.getJsonObject("components", new JsonObject());
            for (String section : theirs.fieldNames()) {
                JsonObject mine = objectAt(components, section);
                for (String name : theirs.getJsonObject(section).fieldNames()) {
                    // Security schemes are named, not referenced, by security requirements: the first one stays.
                    if (!"securitySchemes".equals(section) && mine.containsKey(name)
                            && !mine.getValue(name).equals(theirs.getJsonObject(section).getValue(name))) {
                        renamed.put("#/components/" + section + "/" + name,
                                "#/components/" + section + "/" + capitalized(service) + "_" + name);
                    }
                }
            }
            Object rewritten = renamed.isEmpty() ? document : rewriteRefs(document, renamed);
            JsonObject doc = (JsonObject) rewritten;
            JsonObject docComponents = doc.getJsonObject("components", new JsonObject());
            for (String section : docComponents.fieldNames()) {
                JsonObject mine = objectAt(components, section);
                JsonObject entries = docComponents.getJsonObject(section);
                for (String name : entries.fieldNames()) {
                    String target = renamed.getOrDefault("#/components/" + section + "/" + name,
                            "#/components/" + section + "/" + name);
                    String mergedName = target.substring(target.lastIndexOf('/') + 1);
                    if (!mine.containsKey(mergedName)) {
                        mine.put(mergedName, entries.getValue(name));
                    }
                }
            }
            JsonObject docPaths = doc.getJsonObject("paths", new JsonObject());
            for (String path : docPaths.fieldNames()) {
                if (!paths.containsKey(path)) {
                    paths.put(path, docPaths.getValue(path));
                }
            }
            doc.getJsonArray("tags", new JsonArray()).forEach(tag -> {
                if (tag instanceof JsonObject t && tagNames.add(t.getString("name"))) {
                    tags.add(t);
                }
            });
        });
        if (!tags.isEmpty()) {
            merged.put("tags", tags);
        }
        if (!missing.isEmpty()) {
            JsonArray degraded = new JsonArray();
            missing.forEach((service, reason) -> degraded.add(new JsonObject().put("service", service).put("reason", reason)));
            merged.put("x-crp-degraded", degraded);
        }
        return merged;
    }

    private static JsonObject objectAt(JsonObject parent, String key) {
        JsonObject child = parent.getJsonObject(key);
        if (child == null) {
            child = new JsonObject();
            parent.put(key, child);
        }
        return child;
    }

    private static Object rewriteRefs(Object node, Map<String, String> renamed) {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            object.forEach(e -> copy.put(e.getKey(), "$ref".equals(e.getKey()) && e.getValue() instanceof String ref
                    ? renamed.getOrDefault(ref, ref)
                    : rewriteRefs(e.getValue(), renamed)));
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(v -> copy.add(rewriteRefs(v, renamed)));
            return copy;
        }
        return node;
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
