package org.crp.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class OpenApiMergerTest {

    static JsonObject doc(String path, String schemaType) {
        return new JsonObject("{\"paths\":{\"" + path + "\":{\"get\":{\"responses\":{\"200\":{\"content\":{\"application/json\":"
                + "{\"schema\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/Problem\"}}}}}}}}},"
                + "\"components\":{\"schemas\":{\"Problem\":{\"type\":\"" + schemaType + "\"},\"Only\":{\"type\":\"string\"}}}}");
    }

    @Test
    void identicalComponentsAreSharedDifferentOnesRenamedWithTheirReferences() {
        JsonObject own = new JsonObject("{\"openapi\":\"3.1.0\",\"paths\":{},\"components\":{\"schemas\":{\"Problem\":{\"type\":\"object\"}}}}");
        Map<String, JsonObject> services = new LinkedHashMap<>();
        services.put("inventory", doc("/api/inventory/a", "object"));
        services.put("supplier", doc("/api/supplier/b", "string"));

        JsonObject merged = OpenApiMerger.merge(own, services, Map.of("replacement-service", "timeout"));

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals("object", schemas.getJsonObject("Problem").getString("type"));
        assertNull(schemas.getJsonObject("Inventory_Problem"), "identical: shared, not renamed");
        assertEquals("string", schemas.getJsonObject("Supplier_Problem").getString("type"));
        assertEquals("#/components/schemas/Problem", merged.getJsonObject("paths").getJsonObject("/api/inventory/a")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getJsonObject("items").getString("$ref"));
        assertEquals("#/components/schemas/Supplier_Problem", merged.getJsonObject("paths").getJsonObject("/api/supplier/b")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getJsonObject("items").getString("$ref"));
        assertEquals("replacement-service", merged.getJsonArray("x-crp-degraded").getJsonObject(0).getString("service"));
        assertEquals("string", schemas.getJsonObject("Only").getString("type"));
        assertNull(own.getJsonObject("components").getJsonObject("schemas").getJsonObject("Only"), "own is left as it was");
    }
}
