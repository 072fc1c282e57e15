package org.crp.inventory.report;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.crp.common.testing.TestTokens;
import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportResourceTest {

    @Test
    void supplierSummaryAndMismatchedDevicesReflectTheRiskReasons() {
        String site = Fixtures.site();
        String supplier = UUID.randomUUID().toString();
        Map<String, Object> clean = Fixtures.device(site, null, "02:88:01");
        clean.put("supplierId", supplier);
        Fixtures.register(clean);
        Map<String, Object> relabelled = Fixtures.device(site, null, "44:19:B6");
        relabelled.put("supplierId", supplier);
        String relabelledId = Fixtures.register(relabelled);
        Map<String, Object> mismatch = Fixtures.device(site, null, "02:88:02");
        mismatch.put("supplierId", supplier);
        String mismatchId = Fixtures.register(mismatch);
        given().auth().oauth2(TestTokens.token("security", "security-officer")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PHYSICAL", "inspector", "Kim Inspector", "inspectedOn", "2026-02-01",
                        "verifiedManufacturer", "Hanseong Optics", "verifiedCountry", "CN",
                        "reportSha256", "a".repeat(64)))
                .when().post("/api/inventory/devices/{id}/inspections", mismatchId)
                .then().statusCode(201);

        given().auth().oauth2(TestTokens.token("supplier-service", "service"))
                .when().get("/api/inventory/suppliers/{id}/summary", supplier)
                .then().statusCode(200)
                .body("devices", equalTo(3), "relabelSuspects", equalTo(1), "originMismatches", equalTo(1),
                        "flagged", equalTo(1), "coveredManufacturer", equalTo(0));
        given().auth().oauth2(TestTokens.token("supplier-service", "service"))
                .when().get("/api/inventory/suppliers/{id}/mismatched-devices", supplier)
                .then().statusCode(200).body("items", hasSize(2), "items.id", contains(relabelledId, mismatchId));
        given().auth().oauth2(PM).queryParam("supplierId", supplier).queryParam("reason", "ORIGIN_MISMATCH")
                .when().get("/api/inventory/devices").then().body("items.id", contains(mismatchId));
    }

    @Test
    void statsCountBySiteStatusAndRiskLevel() {
        String site = Fixtures.site();
        Fixtures.register(Fixtures.device(site, null, "02:88:03"));
        Fixtures.register(Fixtures.device(site, null, "44:19:B6"));
        given().auth().oauth2(TestTokens.token("auditor", "auditor")).when().get("/api/inventory/stats")
                .then().statusCode(200)
                .body("devices", greaterThanOrEqualTo(2),
                        "bySite.findAll { it.siteId == '" + site + "' }.devices.sum()", equalTo(2),
                        "bySite.find { it.siteId == '" + site + "' && it.status == 'FLAGGED' }.riskLevel", equalTo("HIGH"));
    }

    @Test
    void listFiltersCombine() {
        String site = Fixtures.site();
        String zone = Fixtures.zone(site, 5);
        Map<String, Object> tagged = Fixtures.device(site, zone, "02:88:04");
        tagged.put("assetTag", "TAG-100%_X");
        String taggedId = Fixtures.register(tagged);
        String flagged = Fixtures.register(Fixtures.device(site, zone, "44:19:B6"));
        given().auth().oauth2(PM).queryParam("zoneId", zone).queryParam("q", "100%_x").when().get("/api/inventory/devices")
                .then().statusCode(200).body("items.id", contains(taggedId));
        given().auth().oauth2(PM).queryParam("zoneId", zone).queryParam("q", "%").when().get("/api/inventory/devices")
                .then().body("items.id", contains(taggedId));
        given().auth().oauth2(PM).queryParam("siteId", site).queryParam("riskLevel", "HIGH").queryParam("riskLevel", "CRITICAL")
                .when().get("/api/inventory/devices").then().body("items.id", contains(flagged));
        given().auth().oauth2(PM).queryParam("siteId", site).queryParam("minScore", 50).when().get("/api/inventory/devices")
                .then().body("items.id", contains(flagged));
        given().auth().oauth2(PM).queryParam("siteId", site).queryParam("maker", "HANSEONG optics").queryParam("total", true)
                .when().get("/api/inventory/devices").then().body("total", equalTo(2));
        given().auth().oauth2(TestTokens.token("legal", "legal-counsel")).when().put("/api/inventory/devices/{id}/holds/LC-7", flagged)
                .then().statusCode(200);
        given().auth().oauth2(PM).queryParam("siteId", site).queryParam("held", true).when().get("/api/inventory/devices")
                .then().body("items.id", contains(flagged));
        given().auth().oauth2(PM).queryParam("siteId", site).queryParam("held", false).when().get("/api/inventory/devices")
                .then().body("items.id", contains(taggedId));
        given().auth().oauth2(PM).queryParam("minScore", 101).when().get("/api/inventory/devices").then().statusCode(400);
        given().auth().oauth2(PM).queryParam("riskLevel", "SEVERE").when().get("/api/inventory/devices").then().statusCode(400);
    }
}
