package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/** CORS, security headers, the merged OpenAPI document, Swagger UI and readiness. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class EdgeSurfaceTest {

    static final String CONSOLE = "https://console.crp.example";

    @Test
    void corsPreflightFromAListedOriginIsAnswered() {
        given().header("Origin", CONSOLE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .when().options("/api/inventory/devices")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CONSOLE))
                .header("Access-Control-Allow-Methods", containsString("POST"));
    }

    @Test
    void corsFromAnUnlistedOriginIsRefusedAndNeverWildcarded() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/inventory/devices")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(token("cors-user", "program-manager")).header("Origin", CONSOLE)
                .when().get("/api/inventory/devices")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CONSOLE))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void securityHeadersOnProxiedAnswers() {
        apiHeaders(given().auth().oauth2(token("headers-user", "program-manager"))
                .when().get("/api/inventory/devices").then().statusCode(200));
    }

    @Test
    void securityHeadersOnTheGatewaysOwnProblemAnswers() {
        apiHeaders(given().when().get("/api/inventory/devices").then().statusCode(401));
        apiHeaders(given().auth().oauth2(token("headers-user-2", "program-manager"))
                .when().get("/api/nothing").then().statusCode(404));
    }

    @Test
    void theGatewaysOwnPathsAnswerOtherMethodsWith405NamingTheirs() {
        for (String path : new String[] { "/api/overview", "/api/openapi" }) {
            apiHeaders(given().auth().oauth2(token("allow-user", "program-manager")).contentType("application/json")
                    .body("{}").when().post(path).then().statusCode(405).contentType("application/problem+json")
                    .header("Allow", equalTo("GET, HEAD"))
                    .body("type", equalTo("/problems/method-not-allowed"), "detail", equalTo("POST is not served at "
                            + path + "; it takes GET, HEAD")));
        }
        given().when().head("/api/openapi").then().statusCode(200).contentType("application/json");
        given().when().delete("/api/nowhere").then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void securityHeadersOutsideTheApiWithoutTheApiPolicy() {
        given().when().get("/q/health/live").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Strict-Transport-Security", nullValue()) // production only
                .header("Content-Security-Policy", nullValue());
    }

    private static void apiHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void oneOpenApiDocumentMergesTheServicesWithoutAToken() {
        given().when().get("/api/openapi")
                .then().statusCode(200).contentType("application/json")
                .body("info.title", equalTo("CRP API"),
                        "paths", hasKey("/api/overview"),
                        "paths", hasKey("/api/inventory/devices"),
                        "paths", hasKey("/api/supplier/cases"),
                        // both services define "Item" differently: supplier's is renamed, and its reference with it
                        "components.schemas.Item.properties", hasKey("serial"),
                        "components.schemas.Supplier_Item.properties", hasKey("caseId"),
                        "paths.'/api/supplier/cases'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Supplier_Item"),
                        "components.securitySchemes", hasKey("SecurityScheme"),
                        "tags.name", hasItem("inventory"),
                        "x-crp-degraded.service", hasItem("replacement-service"));
    }

    @Test
    void swaggerUiAtDocsShowsTheMergedDocument() {
        given().when().get("/docs/").then().statusCode(200).contentType(containsString("text/html"));
        String config = given().when().get("/docs/index.html").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(config.contains("/api/openapi"), "Swagger UI points at /api/openapi");
    }

    @Test
    void readinessReportsEachBackendAndStaysUpWhileSomeAreReachable() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"),
                        "checks.find { it.name == 'backends' }.data.inventory-service", equalTo("UP"),
                        "checks.find { it.name == 'backends' }.data.supplier-service", equalTo("UP"),
                        "checks.find { it.name == 'backends' }.data.replacement-service", startsWith("DOWN"));
        given().when().get("/q/health/group/backends")
                .then().statusCode(503)
                .body("checks.find { it.name == 'replacement-service' }.status", equalTo("DOWN"),
                        "checks.find { it.name == 'replacement-service' }.data.reason", notNullValue(),
                        "checks.find { it.name == 'inventory-service' }.status", equalTo("UP"),
                        "checks.name", not(hasItem("slow-service")));
    }
}
