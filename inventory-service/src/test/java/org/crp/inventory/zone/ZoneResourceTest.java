package org.crp.inventory.zone;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ZoneResourceTest {

    static final String PM = token("pm", "program-manager");
    String siteId;

    @BeforeEach
    void site() {
        siteId = given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", "Z-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "name", "Base",
                        "region", "Gangwon"))
                .when().post("/api/inventory/sites").then().statusCode(201).extract().path("id");
    }

    Map<String, Object> zone(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteId", siteId);
        body.put("code", code);
        body.put("name", "North fence");
        body.put("kind", "PERIMETER");
        body.put("criticality", 5);
        body.put("maxOutOfServiceFraction", 0.2);
        return body;
    }

    String createZone(String code) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(zone(code))
                .when().post("/api/inventory/zones").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsReadsUpdatesAndListsZones() {
        String id = createZone("NORTH");
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/zones/{id}", id)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("kind", equalTo("PERIMETER"), "criticality", equalTo(5), "maxOutOfServiceFraction", equalTo(0.2f));
        Map<String, Object> changed = zone("NORTH");
        changed.put("criticality", 3);
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/api/inventory/zones/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("criticality", equalTo(3));
        createZone("SOUTH");
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("kind", "PERIMETER").queryParam("total", true)
                .when().get("/api/inventory/zones").then().statusCode(200).body("total", equalTo(2), "items.code", hasItem("SOUTH"));
    }

    /** A zone's criticality weighs its devices' scores: changing it re-scores them, as if registered there anew. */
    @Test
    void aCriticalityChangeReScoresTheZonesDevices() {
        Map<String, Object> quiet = zone("QUIET");
        quiet.put("criticality", 1);
        String id = given().auth().oauth2(PM).contentType(ContentType.JSON).body(quiet)
                .when().post("/api/inventory/zones").then().statusCode(201).extract().path("id");
        // a relabel suspect: the MAC's registry block is Hikvision's, the declared maker is not covered
        String device = org.crp.inventory.Fixtures.register(org.crp.inventory.Fixtures.device(siteId, id, "44:19:B6"));
        int before = given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", device).then().extract()
                .path("riskScore");
        int expected = given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", org.crp.inventory.Fixtures
                .register(org.crp.inventory.Fixtures.device(siteId, org.crp.inventory.Fixtures.zone(siteId, 5), "44:19:B6")))
                .then().extract().path("riskScore");
        org.junit.jupiter.api.Assertions.assertTrue(expected > before, before + " -> " + expected);

        quiet.put("criticality", 5);
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").header("X-Request-Id", "zone-crit-0001")
                .body(quiet).when().put("/api/inventory/zones/{id}", id).then().statusCode(200);
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", device).then()
                .body("riskScore", equalTo(expected));
        // the re-score is the zone edit's doing: its history entry names who edited and under which request
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", device).then()
                .body("items.findAll { it.action == 'RISK_ASSESSED' }.last().changes.why",
                        equalTo("zone QUIET criticality changed from 1 to 5"),
                        "items.findAll { it.action == 'RISK_ASSESSED' }.last().subject", equalTo("pm"),
                        "items.findAll { it.action == 'RISK_ASSESSED' }.last().requestId", equalTo("zone-crit-0001"));
        // the zone's own history
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/zones/{id}/history", id).then()
                .statusCode(200).body("items.action", contains("CREATED", "UPDATED"),
                        "items[1].changes.criticality.to", equalTo(5), "items[1].subject", equalTo("pm"),
                        "items[1].requestId", equalTo("zone-crit-0001"));
        given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}/history", java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String id = createZone("EAST");
        Map<String, Object> changed = zone("EAST");
        changed.put("name", "changed");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .when().put("/api/inventory/zones/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("version 0"));
        given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}", id).then().body("name", equalTo("North fence"));
    }

    @Test
    void invalidZonesAre4xx() {
        Map<String, Object> bad = zone("WEST");
        bad.put("kind", "MOAT");
        bad.put("criticality", 9);
        bad.put("maxOutOfServiceFraction", 0);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(bad).when().post("/api/inventory/zones")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("PERIMETER"));
        bad.put("kind", "BORDER");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(bad).when().post("/api/inventory/zones")
                .then().statusCode(400).body("errors.field", hasItem("criticality"), "errors.field", hasItem("maxOutOfServiceFraction"));
        Map<String, Object> unknownSite = zone("WEST");
        unknownSite.put("siteId", UUID.randomUUID().toString());
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(unknownSite).when().post("/api/inventory/zones")
                .then().statusCode(422).body("errors[0].field", equalTo("siteId"));
        createZone("DUP");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(zone("DUP")).when().post("/api/inventory/zones")
                .then().statusCode(409);
        given().auth().oauth2(PM).queryParam("kind", "MOAT").when().get("/api/inventory/zones").then().statusCode(400);
    }

    @Test
    void zoneOrSiteWithDevicesCannotBeDeletedEmptyOnesCan() {
        String zoneId = createZone("GATE");
        String empty = createZone("EMPTY");
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("serial", "ZT" + UUID.randomUUID().toString().substring(0, 10), "model", "M",
                        "declaredManufacturer", "Local", "declaredCountry", "KR",
                        "macAddress", "02:AA:" + UUID.randomUUID().toString().substring(0, 2) + ":00:11:" + UUID.randomUUID().toString().substring(0, 2),
                        "siteId", siteId, "zoneId", zoneId))
                .when().post("/api/inventory/devices").then().statusCode(201);
        given().auth().oauth2(PM).when().delete("/api/inventory/zones/{id}", zoneId)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("1 devices"));
        given().auth().oauth2(PM).when().delete("/api/inventory/sites/{id}", siteId)
                .then().statusCode(409).body("detail", containsString("devices"));
        given().auth().oauth2(PM).when().delete("/api/inventory/zones/{id}", empty).then().statusCode(204);
        given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}", empty).then().statusCode(404);
        given().auth().oauth2(PM).queryParam("siteId", siteId).when().get("/api/inventory/zones")
                .then().body("items", hasSize(1));
    }

    @Test
    void emptySiteIsDeletedWithItsZones() {
        String zoneId = createZone("ONLY");
        given().auth().oauth2(PM).when().delete("/api/inventory/sites/{id}", siteId).then().statusCode(204);
        given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}", zoneId).then().statusCode(404);
    }

    @Test
    void auditorCannotWriteZones() {
        given().auth().oauth2(token("auditor", "auditor")).contentType(ContentType.JSON).body(zone("AUD"))
                .when().post("/api/inventory/zones").then().statusCode(403);
    }
}
