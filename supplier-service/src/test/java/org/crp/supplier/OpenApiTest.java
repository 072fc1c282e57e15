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

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryNamingItsRoles() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map)) {
                    continue;
                }
                operations++;
                Object summary = ((Map<String, Object>) operation.getValue()).get("summary");
                if (summary == null || !summary.toString().matches(".*\\((?:[a-z-]+, )*[a-z-]+\\)$")) {
                    missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + ": " + summary);
                }
            }
        }
        assertTrue(operations >= 25, "operations found: " + operations);
        assertTrue(missing.isEmpty(), "operations without a summary ending in their roles: " + missing);
    }
}
