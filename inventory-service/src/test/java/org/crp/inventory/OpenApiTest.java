package org.crp.inventory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The API document: every operation says what it does, who may call it, and shows what to send and what comes back. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiTest {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final Set<String> ROLES = Set.of("program-manager", "security-officer", "legal-counsel", "auditor", "admin",
            "service", "vendor");

    record Op(String name, Map<String, Object> body) {
    }

    static List<Op> operations = new ArrayList<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void read() {
        if (!operations.isEmpty()) {
            return;
        }
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(new Op(operation.getKey().toUpperCase() + " " + path.getKey(),
                            (Map<String, Object>) operation.getValue()));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static boolean hasExample(Map<String, Object> content) {
        if (content == null || content.isEmpty()) {
            return false;
        }
        return content.values().stream().map(m -> (Map<String, Object>) m)
                .allMatch(media -> media.get("example") != null
                        || media.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty());
    }

    @Test
    void thereAreAsManyOperationsAsTheResourcesDeclare() {
        assertTrue(operations.size() >= 46, "operations found: " + operations.size());
    }

    @Test
    void everyOperationHasASummary() {
        List<String> missing = operations.stream()
                .filter(op -> !(op.body().get("summary") instanceof String s) || s.isBlank()).map(Op::name).toList();
        assertEquals(List.of(), missing, "operations without a summary");
    }

    @Test
    void everyOperationNamesItsRolesInTheDescription() {
        List<String> missing = new ArrayList<>();
        for (Op op : operations) {
            String description = (String) op.body().get("description");
            if (description == null || !description.matches("(?s).*Roles: [a-z-]+(, [a-z-]+)*\\.$")) {
                missing.add(op.name() + ": " + description);
                continue;
            }
            String roles = description.substring(description.lastIndexOf("Roles: ") + 7, description.length() - 1);
            for (String role : roles.split(", ")) {
                if (!ROLES.contains(role)) {
                    missing.add(op.name() + ": unknown role " + role);
                }
            }
        }
        assertEquals(List.of(), missing, "operations whose description does not end with their roles");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationWithABodyHasARequestExample() {
        List<String> missing = new ArrayList<>();
        int withBody = 0;
        for (Op op : operations) {
            Map<String, Object> requestBody = (Map<String, Object>) op.body().get("requestBody");
            if (requestBody == null) {
                continue;
            }
            withBody++;
            if (!hasExample((Map<String, Object>) requestBody.get("content"))) {
                missing.add(op.name());
            }
        }
        assertTrue(withBody >= 15, "operations with a body: " + withBody);
        assertEquals(List.of(), missing, "operations with a body but no request example");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySuccessfulAnswerWithContentHasAnExampleAndASchema() {
        List<String> missing = new ArrayList<>();
        for (Op op : operations) {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.body().get("responses");
            List<String> success = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            if (success.isEmpty()) {
                missing.add(op.name() + ": no 2xx answer documented");
            }
            for (String code : success) {
                Map<String, Object> content = (Map<String, Object>) responses.get(code).get("content");
                if (code.equals("204") ? content != null : !hasExample(content)) {
                    missing.add(op.name() + " " + code);
                } else if (content != null) {
                    // an example must not displace the schema of the answer
                    content.values().stream().map(m -> (Map<String, Object>) ((Map<String, Object>) m).get("schema"))
                            .filter(schema -> schema == null || schema.isEmpty())
                            .forEach(schema -> missing.add(op.name() + " " + code + ": no schema"));
                }
            }
        }
        assertEquals(List.of(), missing, "answers without an example or a schema");
    }
}
