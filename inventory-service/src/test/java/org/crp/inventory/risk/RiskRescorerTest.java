package org.crp.inventory.risk;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.crp.common.testing.TestTokens;
import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RiskRescorerTest {

    static final String SECURITY = TestTokens.token("security", "security-officer");

    @Test
    void aWatchlistChangeRescoresEveryDeviceOfThatMaker() {
        String maker = "Rescore Maker " + UUID.randomUUID().toString().substring(0, 8);
        String site = Fixtures.site();
        Map<String, Object> body = Fixtures.device(site, Fixtures.zone(site, 3), "02:CD:01");
        body.put("declaredManufacturer", maker);
        String id = Fixtures.register(body);
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().body("riskScore", equalTo(0));

        String entry = given().auth().oauth2(SECURITY).contentType(ContentType.JSON)
                .body(Map.of("name", maker, "matchTerms", List.of(maker), "lists", List.of("NDAA_889")))
                .when().post("/api/inventory/watchlist").then().statusCode(201).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PM)
                .when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.code", hasItem("COVERED_MANUFACTURER"), "status", equalTo("FLAGGED")));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", id)
                .then().body("items.findAll { it.action == 'RISK_ASSESSED' }.subject", hasItem("security"));

        given().auth().oauth2(SECURITY).when().delete("/api/inventory/watchlist/{id}", entry).then().statusCode(204);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PM)
                .when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.code", not(hasItem("COVERED_MANUFACTURER")), "riskScore", equalTo(0)));
    }

    @Test
    void securityOfficersCanAskForAFullRescore() {
        given().auth().oauth2(SECURITY).when().post("/api/inventory/risk/rescore")
                .then().statusCode(200).body("changed", equalTo(0));
        given().auth().oauth2(PM).when().post("/api/inventory/risk/rescore").then().statusCode(403);
    }
}
