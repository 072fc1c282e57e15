package org.crp.replacement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The published document is the API's manual: every operation has a summary, names the roles it
 * needs in its description, and shows a response example (and a request example when it takes a
 * body), each of them real JSON next to its schema.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiTest {

    static final Set<String> ROLES = Set.of("program-manager", "security-officer", "legal-counsel", "vendor", "auditor",
            "admin", "service");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryItsRolesAndExamples() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        int withBody = 0;
        for (var path : paths.entrySet()) {
            for (var entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map)) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                Object summary = operation.get("summary");
                if (summary == null || summary.toString().isBlank()) {
                    missing.add(name + ": no summary");
                }
                Object description = operation.get("description");
                if (description == null || !description.toString().startsWith("Roles: ")) {
                    missing.add(name + ": no description starting with 'Roles: '");
                } else {
                    String named = description.toString().substring(7).split("\\.")[0];
                    if (ROLES.stream().noneMatch(named::contains)) {
                        missing.add(name + ": the description names no realm role: " + named);
                    }
                }
                Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
                Map<String, Object> success = responses.entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                        .map(r -> (Map<String, Object>) r.getValue()).findFirst().orElse(null);
                if (success == null) {
                    missing.add(name + ": no 2xx response");
                } else {
                    check(name + " response", (Map<String, Object>) success.get("content"), missing);
                }
                if (operation.get("requestBody") instanceof Map<?, ?> body) {
                    withBody++;
                    check(name + " request", (Map<String, Object>) body.get("content"), missing);
                }
            }
        }
        assertTrue(operations >= 21, "operations found: " + operations);
        assertTrue(withBody >= 7, "operations with a body: " + withBody);
        assertTrue(missing.isEmpty(), "operations lacking documentation:\n" + String.join("\n", missing));
    }

    /** JSON content with a schema and at least one example that is JSON, not a string that failed to parse. */
    @SuppressWarnings("unchecked")
    private static void check(String what, Map<String, Object> content, List<String> missing) {
        Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
        if (json == null) {
            missing.add(what + ": no application/json content");
            return;
        }
        if (json.get("schema") == null) {
            missing.add(what + ": no schema");
        }
        Map<String, Object> examples = (Map<String, Object>) json.get("examples");
        if ((examples == null || examples.isEmpty()) && json.get("example") == null) {
            missing.add(what + ": no example");
            return;
        }
        if (examples != null) {
            for (var example : examples.entrySet()) {
                Object value = ((Map<String, Object>) example.getValue()).get("value");
                if (!(value instanceof Map) && !(value instanceof List)) {
                    missing.add(what + ": example '" + example.getKey() + "' is not JSON: " + value);
                }
            }
        }
    }
}
