package org.crp.inventory.inspection;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.Map;

import org.crp.common.testing.TestTokens;
import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class InspectionResourceTest {

    static final String SECURITY = TestTokens.token("security", "security-officer");

    static Map<String, Object> inspection(String maker, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "FIRMWARE");
        body.put("inspector", "Lee Forensics");
        body.put("inspectedOn", "2026-03-01");
        body.put("verifiedManufacturer", maker);
        body.put("verifiedCountry", country);
        body.put("notes", "Firmware strings name the real maker");
        return body;
    }

    @Test
    void anInspectionSetsTheVerifiedFieldsAndRescores() {
        String site = Fixtures.site();
        String zone = Fixtures.zone(site, 5);
        String id = Fixtures.register(Fixtures.device(site, zone, "02:99:01"));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(inspection("Hikvision", "CN"))
                .when().post("/api/inventory/devices/{id}/inspections", id)
                .then().statusCode(201).body("recordedBy", equalTo("security"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then()
                .body("verifiedManufacturer", equalTo("Hikvision"), "verifiedCountry", equalTo("CN"),
                        "riskReasons.code", hasItem("COVERED_MANUFACTURER"), "riskReasons.code", hasItem("ORIGIN_MISMATCH"),
                        "riskLevel", equalTo("CRITICAL"), "status", equalTo("FLAGGED"));
        given().auth().oauth2(PM).queryParam("total", true).when().get("/api/inventory/devices/{id}/inspections", id)
                .then().statusCode(200).body("items", hasSize(1), "total", equalTo(1));
    }

    @Test
    void badInspectionsAre400AndOnlySecurityOfficersRecordThem() {
        String id = Fixtures.register(Fixtures.device(Fixtures.site(), null, "02:99:02"));
        Map<String, Object> bad = inspection("", "CHN");
        bad.put("reportSha256", "xyz");
        bad.put("inspectedOn", "2150-01-01");
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(bad)
                .when().post("/api/inventory/devices/{id}/inspections", id)
                .then().statusCode(400).body("errors.field", hasItem("verifiedManufacturer"), "errors.field", hasItem("verifiedCountry"),
                        "errors.field", hasItem("reportSha256"), "errors.field", hasItem("inspectedOn"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(inspection("X", "KR"))
                .when().post("/api/inventory/devices/{id}/inspections", id).then().statusCode(403);
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().body("verifiedManufacturer", equalTo(null));
    }
}
