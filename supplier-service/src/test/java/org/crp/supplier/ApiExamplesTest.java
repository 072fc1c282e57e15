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

/** Exposure, deliveries, findings, scans and damages document their roles and carry request and response examples. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ApiExamplesTest {

    static final List<String> PREFIXES = List.of("/api/supplier/suppliers/{id}/exposure", "/api/supplier/suppliers/{id}/deliveries",
            "/api/supplier/deliveries", "/api/supplier/suppliers/{id}/findings", "/api/supplier/findings",
            "/api/supplier/suppliers/{id}/scan", "/api/supplier/cases/{id}/damages");

    @Test
    @SuppressWarnings("unchecked")
    void everyNewOperationHasRolesAndExamples() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (PREFIXES.stream().noneMatch(path.getKey()::startsWith)) {
                continue;
            }
            for (var entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map)) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = (Map<String, Object>) entry.getValue();
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Object description = operation.get("description");
                if (description == null || !description.toString().startsWith("Roles: ")) {
                    missing.add(name + ": no roles in the description");
                }
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                boolean responseExample = responses.values().stream().map(Object::toString).anyMatch(r -> r.contains("examples="));
                if (!responseExample) {
                    missing.add(name + ": no response example");
                }
                if (operation.containsKey("requestBody") && !operation.get("requestBody").toString().contains("examples=")) {
                    missing.add(name + ": no request example");
                }
            }
        }
        assertTrue(operations >= 14, "operations found: " + operations);
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }
}
