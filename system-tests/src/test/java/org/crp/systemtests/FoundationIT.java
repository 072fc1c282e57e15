package org.crp.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** The foundation end to end: real Keycloak tokens, through the gateway, into PostgreSQL and back. */
@ExtendWith(Stack.class)
class FoundationIT {

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void programManagerCreatesASiteAndADeviceAndListsThemThroughTheGateway() {
        String pm = Tokens.of("pm");
        String siteCode = unique("SYS-");
        String siteId = given().auth().oauth2(pm).contentType(ContentType.JSON)
                .body(Map.of("code", siteCode, "name", "Air base 7", "region", "Chungcheong"))
                .when().post(Stack.GATEWAY + "/api/inventory/sites")
                .then().statusCode(201).extract().path("id");
        String deviceId = given().auth().oauth2(pm).contentType(ContentType.JSON)
                .body(Map.of("serial", unique("SN"), "model", "XNO-6080R", "declaredManufacturer", "Local Vision",
                        "declaredCountry", "KR", "macAddress", "e0-50-8b-12-34-56", "siteId", siteId))
                .when().post(Stack.GATEWAY + "/api/inventory/devices")
                .then().statusCode(201).body("macAddress", equalTo("E0:50:8B:12:34:56")).extract().path("id");

        given().auth().oauth2(pm).queryParam("siteId", siteId)
                .when().get(Stack.GATEWAY + "/api/inventory/devices")
                .then().statusCode(200).body("items.id", hasItem(deviceId));
        given().auth().oauth2(Tokens.of("auditor")).when().get(Stack.GATEWAY + "/api/inventory/sites/" + siteId)
                .then().statusCode(200).body("code", equalTo(siteCode));
    }

    @Test
    void everyServiceAnswersThroughTheGateway() {
        String admin = Tokens.of("admin");
        for (String path : List.of("/api/inventory/sites", "/api/replacement/vendors", "/api/supplier/suppliers")) {
            given().auth().oauth2(admin).when().get(Stack.GATEWAY + path).then().statusCode(200);
        }
    }

    @Test
    void withoutTokenTheGatewayAnswers401() {
        given().when().get(Stack.GATEWAY + "/api/inventory/devices")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403FromTheService() {
        given().auth().oauth2(Tokens.of("auditor")).contentType(ContentType.JSON)
                .body(Map.of("code", unique("SYS-"), "name", "x", "region", "y"))
                .when().post(Stack.GATEWAY + "/api/inventory/sites")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void requestIdIsEchoed() {
        given().auth().oauth2(Tokens.of("pm")).header("X-Request-Id", "system-test-request-1")
                .when().get(Stack.GATEWAY + "/api/inventory/sites")
                .then().statusCode(200).header("X-Request-Id", equalTo("system-test-request-1"));
    }

    @Test
    void servicesRefuseCallsWithoutTokenOnTheirOwnPorts() {
        for (int port : List.of(Stack.INVENTORY_PORT, Stack.REPLACEMENT_PORT, Stack.SUPPLIER_PORT)) {
            String path = switch (port) {
                case Stack.INVENTORY_PORT -> "/api/inventory/devices";
                case Stack.REPLACEMENT_PORT -> "/api/replacement/vendors";
                default -> "/api/supplier/suppliers";
            };
            given().when().get("http://localhost:" + port + path)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void vendorTokensCarryTheirVendorIdAndDifferBetweenVendors() {
        String one = Tokens.claims(Tokens.of("vendor1")).getString("vendor_id");
        String two = Tokens.claims(Tokens.of("vendor2")).getString("vendor_id");
        assertTrue(one != null && two != null, "vendor_id is mapped into the access token");
        assertTrue(!one.equals(two));
        assertTrue(Tokens.claims(Tokens.of("vendor1")).getList("realm_access.roles").contains("vendor"));
    }

    @Test
    void serviceAccountsHoldTheServiceRole() {
        String token = Tokens.serviceAccount("replacement-service", Stack.secret("CRP_REPLACEMENT_CLIENT_SECRET"));
        assertTrue(Tokens.claims(token).getList("realm_access.roles").contains("service"));
        given().auth().oauth2(token).when().get("http://localhost:" + Stack.INVENTORY_PORT + "/api/inventory/devices")
                .then().statusCode(200);
    }

    @Test
    void healthAndApiDocsNeedNoToken() {
        for (int port : List.of(Stack.GATEWAY_PORT, Stack.INVENTORY_PORT, Stack.REPLACEMENT_PORT, Stack.SUPPLIER_PORT)) {
            given().when().get("http://localhost:" + port + "/q/health/ready").then().statusCode(200);
        }
        given().when().get("http://localhost:" + Stack.INVENTORY_PORT + "/q/openapi")
                .then().statusCode(200).body(containsString("/api/inventory/devices"));
        String metrics = given().when().get("http://localhost:" + Stack.INVENTORY_PORT + "/q/metrics")
                .then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("http_server_requests"), "Prometheus metrics are served");
    }
}
