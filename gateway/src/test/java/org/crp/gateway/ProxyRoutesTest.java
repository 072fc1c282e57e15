package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class ProxyRoutesTest {

    static final String PM = token("pm", "program-manager");

    @Test
    void forwardsPathQueryTokenAndBodyUnchanged() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body("{\"serial\":\"A1\"}")
                .when().post("/api/inventory/devices?siteId=abc&status=IN_SERVICE")
                .then().statusCode(200)
                .body("method", equalTo("POST"),
                        "uri", equalTo("/api/inventory/devices?siteId=abc&status=IN_SERVICE"),
                        "authorization", equalTo("Bearer " + PM),
                        "bodyBytes", equalTo(15));
    }

    @Test
    void keepsAWellFormedRequestIdAndSendsItToTheService() {
        given().auth().oauth2(PM).header("X-Request-Id", "client-chosen-id-42")
                .when().get("/api/inventory/sites")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("client-chosen-id-42"))
                .body("requestId", equalTo("client-chosen-id-42"));
    }

    @Test
    void replacesAMalformedRequestIdWithANewOne() {
        var response = given().auth().oauth2(PM).header("X-Request-Id", "<script>")
                .when().get("/api/inventory/sites")
                .then().statusCode(200).extract();
        String returned = response.header("X-Request-Id");
        assertEquals(36, returned.length());
        assertEquals(returned, response.path("requestId"), "the service sees the id the caller gets back");
    }

    @Test
    void withoutTokenIs401ProblemAndNothingIsForwarded() {
        given().when().get("/api/inventory/sites")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Request-Id", notNullValue())
                .body("status", equalTo(401), "instance", equalTo("/api/inventory/sites"));
    }

    @Test
    void invalidTokenIs401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").when().get("/api/inventory/sites")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("invalid or expired"));
    }

    @Test
    void backendDownIs503Problem() {
        given().auth().oauth2(PM).when().get("/api/replacement/vendors")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("replacement-service"));
    }

    @Test
    void slowBackendIs504Problem() {
        given().auth().oauth2(PM).when().get("/api/supplier/suppliers")
                .then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void unknownApiPathIs404Problem() {
        given().auth().oauth2(PM).when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(PM).when().get("/api/inventoryX/devices")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
