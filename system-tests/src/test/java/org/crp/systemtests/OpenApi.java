package org.crp.systemtests;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restassured.path.json.JsonPath;

/**
 * The operations the running stack documents: each service's {@code /q/openapi} and the gateway's own
 * (which merges them and adds its own routes). Read at run time, so the suites cover what exists.
 */
public final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    /** Where a path is served straight by its service; 0 for the gateway's own routes. */
    public static int servicePort(String path) {
        if (path.startsWith("/api/inventory/") || path.equals("/api/inventory")) {
            return Stack.INVENTORY_PORT;
        }
        if (path.startsWith("/api/replacement/") || path.equals("/api/replacement")) {
            return Stack.REPLACEMENT_PORT;
        }
        if (path.startsWith("/api/supplier/") || path.equals("/api/supplier")) {
            return Stack.SUPPLIER_PORT;
        }
        return 0;
    }

    public static String serviceName(String path) {
        return switch (servicePort(path)) {
            case Stack.INVENTORY_PORT -> "inventory";
            case Stack.REPLACEMENT_PORT -> "replacement";
            case Stack.SUPPLIER_PORT -> "supplier";
            default -> "gateway";
        };
    }

    public record Operation(String method, String path, Map<String, Object> spec, Map<String, Object> schemas) {

        public String key() {
            return method + " " + path;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> parameters() {
            Object params = spec.get("parameters");
            return params == null ? List.of() : (List<Map<String, Object>>) params;
        }

        @SuppressWarnings("unchecked")
        public List<String> requestMediaTypes() {
            Map<String, Object> body = (Map<String, Object>) spec.get("requestBody");
            if (body == null || body.get("content") == null) {
                return List.of();
            }
            return new ArrayList<>(((Map<String, Object>) body.get("content")).keySet());
        }

        /** The request body's JSON schema with $refs still in place; null without a JSON body. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> jsonBodySchema() {
            Map<String, Object> body = (Map<String, Object>) spec.get("requestBody");
            if (body == null || body.get("content") == null) {
                return null;
            }
            Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
            return json == null ? null : (Map<String, Object>) json.get("schema");
        }

        /** Follows a $ref into the document's components. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> resolve(Map<String, Object> schema) {
            Map<String, Object> current = schema;
            for (int i = 0; current != null && current.get("$ref") instanceof String ref && i < 10; i++) {
                current = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return current == null ? Map.of() : current;
        }

        public int servicePort() {
            return OpenApi.servicePort(path);
        }

        public boolean writes() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }
    }

    /** Every documented operation, once, keyed by "METHOD /path/{template}"; services' own documents first. */
    public static Map<String, Operation> operations() {
        Map<String, Operation> all = new LinkedHashMap<>();
        for (int port : List.of(Stack.INVENTORY_PORT, Stack.REPLACEMENT_PORT, Stack.SUPPLIER_PORT, Stack.GATEWAY_PORT)) {
            read(port).forEach(all::putIfAbsent);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Operation> read(int port) {
        String text = given().queryParam("format", "json").when().get("http://localhost:" + port + "/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonPath doc = JsonPath.from(text);
        Map<String, Object> schemas = doc.getMap("components.schemas");
        Map<String, Object> paths = doc.getMap("paths");
        Map<String, Operation> operations = new LinkedHashMap<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, spec) -> {
            if (METHODS.contains(method)) {
                Operation op = new Operation(method.toUpperCase(), path, (Map<String, Object>) spec,
                        schemas == null ? Map.of() : schemas);
                operations.put(op.key(), op);
            }
        }));
        return operations;
    }

    private OpenApi() {
    }
}
