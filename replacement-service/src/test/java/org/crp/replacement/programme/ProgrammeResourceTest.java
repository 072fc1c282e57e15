package org.crp.replacement.programme;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class ProgrammeResourceTest {

    static final String PM = token("pm", "program-manager");

    public static Map<String, Object> programme(Map<String, Object> scope, String start, String target) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Perimeter sweep " + UUID.randomUUID());
        body.put("scope", scope);
        body.put("budget", 1_000_000);
        body.put("currency", "KRW");
        body.put("startDate", start);
        body.put("targetDate", target);
        body.put("blackoutDates", List.of("2027-03-05", "2027-03-01", "2027-03-01"));
        return body;
    }

    static Map<String, Object> scope() {
        UUID site = UUID.randomUUID();
        return Map.of("minRiskLevel", "HIGH", "siteIds", List.of(site.toString()), "zoneIds", List.of(),
                "supplierIds", List.of());
    }

    @Test
    void programManagerCreatesReadsAndUpdatesADraft() {
        var created = given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(programme(scope(), "2027-03-01", "2027-06-30"))
                .when().post("/api/replacement/programmes")
                .then().statusCode(201).header("Location", containsString("/api/replacement/programmes/"))
                .body("status", is("DRAFT"), "scope.minRiskLevel", is("HIGH"), "currency", is("KRW"),
                        "blackoutDates", contains("2027-03-01", "2027-03-05"), "plan", nullValue(), "version", is(0))
                .extract();
        String id = created.path("id");
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/replacement/programmes/{id}", id)
                .then().statusCode(200).header("ETag", containsString("0")).body("name", is((String) created.path("name")));

        Map<String, Object> changed = programme(Map.of(), "2027-04-01", "2027-05-01");
        changed.put("name", "Renamed");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .when().put("/api/replacement/programmes/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/api/replacement/programmes/{id}", id)
                .then().statusCode(200).body("name", is("Renamed"), "startDate", is("2027-04-01"), "version", is(1));
        given().auth().oauth2(PM).queryParam("status", "DRAFT").queryParam("limit", 1000)
                .when().get("/api/replacement/programmes").then().statusCode(200).body("items.id", hasItem(id));
    }

    /** A script that leaves scope out must not widen a programme to the whole inventory: {} says that on purpose. */
    @Test
    void aMissingScopeIs400OnCreateAndOnUpdateAndChangesNothing() {
        Map<String, Object> noScope = programme(scope(), "2027-03-01", "2027-06-30");
        noScope.remove("scope");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(noScope)
                .when().post("/api/replacement/programmes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("scope"), "errors[0].message", containsString("send {} for the whole inventory"));
        String id = given().auth().oauth2(PM).contentType(ContentType.JSON).body(programme(scope(), "2027-03-01", "2027-06-30"))
                .when().post("/api/replacement/programmes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(noScope)
                .when().put("/api/replacement/programmes/{id}", id)
                .then().statusCode(400).body("errors[0].field", is("scope"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", id)
                .then().statusCode(200).body("scope.minRiskLevel", is("HIGH"), "scope.siteIds.size()", is(1), "version", is(0));
    }

    /** Three upper-case letters are not enough: the code must be one ISO 4217 assigns, on create and on update. */
    @Test
    void aCurrencyThatIsNotIso4217Is400OnCreateAndOnUpdate() {
        for (String currency : List.of("ZZZ", "QQQ", "krw")) {
            Map<String, Object> body = programme(scope(), "2027-03-01", "2027-06-30");
            body.put("currency", currency);
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                    .when().post("/api/replacement/programmes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("currency"), "errors[0].message", containsString("ISO 4217"),
                            "detail", containsString("currency: must be an ISO 4217 currency code"));
        }
        String id = given().auth().oauth2(PM).contentType(ContentType.JSON).body(programme(scope(), "2027-03-01", "2027-06-30"))
                .when().post("/api/replacement/programmes").then().statusCode(201).extract().path("id");
        Map<String, Object> changed = programme(scope(), "2027-03-01", "2027-06-30");
        changed.put("currency", "ZZZ");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/api/replacement/programmes/{id}", id)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("currency"));
        changed.put("currency", "USD");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put("/api/replacement/programmes/{id}", id)
                .then().statusCode(200).body("currency", is("USD"), "version", is(1));
    }

    @Test
    void datesOutOfOrderAndBadMoneyAre400() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(programme(scope(), "2027-03-01", "2027-03-01"))
                .when().post("/api/replacement/programmes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("targetDate"), "detail", containsString("after startDate"));
        Map<String, Object> body = programme(scope(), "2027-03-01", "2027-04-01");
        body.put("budget", -5);
        body.put("currency", "won");
        body.put("scope", Map.of("minRiskLevel", "EXTREME"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/programmes")
                .then().statusCode(400).contentType("application/problem+json");
        body.put("scope", Map.of());
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/programmes")
                .then().statusCode(400).body("errors.field", hasItem("budget"), "errors.field", hasItem("currency"));
        // an exponent that overflows @Digits' count of digits (was accepted and stored as 0.00)
        Map<String, Object> good = programme(scope(), "2027-03-01", "2027-04-01");
        String huge = new io.vertx.core.json.JsonObject(good).encode().replaceFirst("\"budget\":[^,}]+", "\"budget\":1e2147483647");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(huge)
                .when().post("/api/replacement/programmes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("budget"));
        Map<String, Object> cents = programme(scope(), "2027-03-01", "2027-04-01");
        cents.put("budget", 1000.125);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(cents)
                .when().post("/api/replacement/programmes")
                .then().statusCode(400).body("errors[0].field", is("budget"),
                        "errors[0].message", is("must have at most 14 digits before the point and 2 after"));
        Map<String, Object> badDate = programme(scope(), "2027-02-30", "2027-04-01");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(badDate)
                .when().post("/api/replacement/programmes")
                .then().statusCode(400).body("errors[0].field", is("startDate"));
    }

    @Test
    void transitionsFollowTheTable() {
        String id = given().auth().oauth2(PM).contentType(ContentType.JSON).body(programme(scope(), "2027-03-01", "2027-06-30"))
                .when().post("/api/replacement/programmes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .when().post("/api/replacement/programmes/{id}/status", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("PLANNED"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "PLANNED"))
                .when().post("/api/replacement/programmes/{id}/status", id)
                .then().statusCode(409).body("detail", containsString("no plan"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .when().post("/api/replacement/programmes/{id}/status", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", id).then().body("status", is("DRAFT"), "version", is(0));
    }

    @Test
    void rolesAndUnknownIds() {
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("Programme"));
        for (String t : List.of(token("auditor", "auditor"), token("legal", "legal-counsel"),
                vendorToken("v", UUID.randomUUID().toString()))) {
            given().auth().oauth2(t).contentType(ContentType.JSON).body(programme(scope(), "2027-03-01", "2027-06-30"))
                    .when().post("/api/replacement/programmes").then().statusCode(403);
        }
        given().auth().oauth2(vendorToken("v", UUID.randomUUID().toString())).when().get("/api/replacement/programmes")
                .then().statusCode(403);
        given().auth().oauth2(PM).queryParam("status", "LIVE").when().get("/api/replacement/programmes")
                .then().statusCode(400).body("errors[0].field", is("status"));
    }
}
