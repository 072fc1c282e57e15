package org.crp.supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/**
 * The OpenAPI document is the API's manual: every operation has a summary ending in its roles, a
 * description naming them, an example of its request body (when it takes one) and of its answer.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiTest {

    static final String ROLES = "(?:program-manager|security-officer|legal-counsel|auditor|admin|service)";

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryRolesAndExamples() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        int bodies = 0;
        for (var path : paths.entrySet()) {
            for (var entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map)) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                Object summary = operation.get("summary");
                if (summary == null || !summary.toString().matches(".*\\((?:" + ROLES + ", )*" + ROLES + "\\)$")) {
                    missing.add(name + ": no summary ending in its roles: " + summary);
                }
                Object description = operation.get("description");
                if (description == null || !description.toString().matches("(?s)Roles: (?:" + ROLES + ", )*" + ROLES + "\\..*")) {
                    missing.add(name + ": no description starting 'Roles: ...': " + description);
                }
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null) {
                    bodies++;
                    if (!hasExample((Map<String, Object>) body.get("content"), schemas)) {
                        missing.add(name + ": request body without an example");
                    }
                }
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                boolean answered = responses != null && responses.entrySet().stream()
                        .filter(r -> r.getKey().startsWith("2"))
                        .anyMatch(r -> hasExample((Map<String, Object>) ((Map<String, Object>) r.getValue()).get("content"), schemas));
                if (!answered) {
                    missing.add(name + ": no example of a 2xx answer");
                }
            }
        }
        assertTrue(operations >= 32, "operations found: " + operations);
        assertTrue(bodies >= 10, "operations with a request body: " + bodies);
        assertTrue(missing.isEmpty(), "operations lacking documentation:\n" + String.join("\n", missing));
    }

    /** An example on the content itself, on its schema, or on the schema of its items (pages of records). */
    @SuppressWarnings("unchecked")
    static boolean hasExample(Map<String, Object> content, Map<String, Map<String, Object>> schemas) {
        if (content == null) {
            return false;
        }
        for (Object media : content.values()) {
            Map<String, Object> type = (Map<String, Object>) media;
            if (type.get("example") != null || type.get("examples") != null) {
                return true;
            }
            Map<String, Object> schema = resolve((Map<String, Object>) type.get("schema"), schemas);
            if (schema == null) {
                continue;
            }
            if (exampled(schema)) {
                return true;
            }
            Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
            Map<String, Object> items = properties == null ? null : (Map<String, Object>) properties.get("items");
            Map<String, Object> item = items == null ? null : resolve((Map<String, Object>) items.get("items"), schemas);
            if (exampled(item)) {
                return true;
            }
        }
        return false;
    }

    /** OpenAPI 3.1 puts a schema's example in an {@code examples} array; 3.0 in {@code example}. */
    static boolean exampled(Map<String, Object> schema) {
        return schema != null && (schema.get("example") != null
                || (schema.get("examples") instanceof List<?> examples && !examples.isEmpty()));
    }

    static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Map<String, Object>> schemas) {
        if (schema == null || schema.get("$ref") == null) {
            return schema;
        }
        String ref = schema.get("$ref").toString();
        return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
