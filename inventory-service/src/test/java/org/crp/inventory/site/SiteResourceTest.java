package org.crp.inventory.site;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SiteResourceTest {

    static final String PM = token("pm", "program-manager");

    static String uniqueCode() {
        return "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String createSite(String code, String region) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Base " + code, "region", region))
                .when().post("/api/inventory/sites")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void programManagerCreatesAndReadsASite() {
        String code = uniqueCode();
        String id = given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Northern Command HQ", "region", "Gyeonggi"))
                .when().post("/api/inventory/sites")
                .then().statusCode(201)
                .header("Location", containsString("/api/inventory/sites/")).header("ETag", "\"0\"")
                .body("code", equalTo(code), "version", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(token("auditor", "auditor"))
                .when().get("/api/inventory/sites/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Northern Command HQ"), "region", equalTo("Gyeonggi"));
    }

    @Test
    void securityOfficerWritesSitesToo() {
        String officer = token("security", "security-officer");
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("code", uniqueCode(), "name", "Radar station", "region", "Gangwon"))
                .when().post("/api/inventory/sites")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("code", uniqueCode(), "name", "Radar station east", "region", "Gangwon"))
                .when().put("/api/inventory/sites/{id}", id)
                .then().statusCode(200).body("name", equalTo("Radar station east"), "version", equalTo(1));
        given().auth().oauth2(officer).when().delete("/api/inventory/sites/{id}", id).then().statusCode(204);
        given().auth().oauth2(PM).when().get("/api/inventory/sites/{id}", id).then().statusCode(404);
    }

    /** The zones a site takes with it end their history with a deletion, as a zone deleted on its own does. */
    @Test
    void deletingASiteRecordsTheDeletionOfEachOfItsZones() {
        String site = createSite(uniqueCode(), "Gangwon");
        List<String> zones = List.of(Fixtures.zone(site, 2), Fixtures.zone(site, 4));
        given().auth().oauth2(PM).header("X-Request-Id", "site-delete-000001").when().delete("/api/inventory/sites/{id}", site)
                .then().statusCode(204);
        for (String zone : zones) {
            given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/zones/{id}/history", zone)
                    .then().statusCode(200).body("items.action", contains("CREATED", "DELETED"),
                            "items[1].subject", equalTo("pm"), "items[1].requestId", equalTo("site-delete-000001"),
                            "items[1].changes.id", equalTo(zone), "items[1].changes.siteId", equalTo(site));
            given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}", zone).then().statusCode(404);
        }
    }

    @Test
    void locationPointsAtTheNewSite() {
        String code = uniqueCode();
        String location = given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "x", "region", "r"))
                .when().post("/api/inventory/sites")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(PM).when().get(location).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void withoutTokenIs401ProblemJson() {
        given().contentType(ContentType.JSON).body(Map.of("code", uniqueCode(), "name", "x", "region", "r"))
                .when().post("/api/inventory/sites")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401), "title", notNullValue(), "instance", equalTo("/api/inventory/sites"));
    }

    @Test
    void garbageTokenIs401() {
        given().auth().oauth2("not-a-jwt").when().get("/api/inventory/sites")
                .then().statusCode(401).contentType("application/problem+json");
        // tokens with an empty part, on which Quarkus OIDC's token reader fails
        for (String token : List.of(".", "..", "a..b")) {
            given().auth().oauth2(token).when().get("/api/inventory/sites")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void wrongRoleIs403ProblemJson() {
        given().auth().oauth2(token("auditor", "auditor")).contentType(ContentType.JSON)
                .body(Map.of("code", uniqueCode(), "name", "x", "region", "r"))
                .when().post("/api/inventory/sites")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(token("vendor1", "vendor")).when().get("/api/inventory/sites")
                .then().statusCode(403);
    }

    @Test
    void invalidBodyIs400WithFieldErrors() {
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", "lower case!", "name", "", "region", "r"))
                .when().post("/api/inventory/sites")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"), "errors.field", hasItem("name"),
                        "errors.find { it.field == 'code' }.message", containsString("upper-case"));
    }

    @Test
    void missingBodyIs400() {
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .when().post("/api/inventory/sites")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void duplicateCodeIs409() {
        String code = uniqueCode();
        createSite(code, "r");
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "again", "region", "r"))
                .when().post("/api/inventory/sites")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(code));
    }

    @Test
    void unknownIdIs404ProblemJson() {
        given().auth().oauth2(PM).when().get("/api/inventory/sites/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "detail", containsString("does not exist"));
    }

    @Test
    void pagesThroughWithACursor() {
        String region = "Region-" + UUID.randomUUID();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createSite(uniqueCode(), region));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(PM).queryParam("region", region).queryParam("limit", 2)
                    .queryParam("total", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/inventory/sites").then().statusCode(200)
                    .body("total", equalTo(5)).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(created, seen, "pages return every site once, in creation order");
    }

    @Test
    void lastPageHasNoCursor() {
        String region = "Region-" + UUID.randomUUID();
        createSite(uniqueCode(), region);
        given().auth().oauth2(PM).queryParam("region", region).when().get("/api/inventory/sites")
                .then().statusCode(200).body("items", hasSize(1), "nextCursor", nullValue(), "total", nullValue());
    }

    @Test
    void badPagingParametersAre400() {
        given().auth().oauth2(PM).queryParam("limit", 0).when().get("/api/inventory/sites")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(PM).queryParam("limit", 1001).when().get("/api/inventory/sites")
                .then().statusCode(400);
        given().auth().oauth2(PM).queryParam("cursor", "%%%garbage").when().get("/api/inventory/sites")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    /** A cursor pages only the kind of list it came from: another list's would start at an arbitrary point. */
    @Test
    void anotherListsCursorIs400() {
        Fixtures.site();
        Fixtures.site();
        String sitesCursor = given().auth().oauth2(PM).queryParam("limit", 1).when().get("/api/inventory/sites")
                .then().statusCode(200).extract().path("nextCursor");
        Fixtures.register(Fixtures.device(Fixtures.site(), null, "02:C5:01"));
        given().auth().oauth2(PM).queryParam("cursor", sitesCursor).when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(PM).queryParam("cursor", sitesCursor).queryParam("limit", 1).when().get("/api/inventory/sites")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void requestIdIsKeptOrCreated() {
        given().auth().oauth2(PM).header("X-Request-Id", "test-request-0001")
                .when().get("/api/inventory/sites")
                .then().statusCode(200).header("X-Request-Id", equalTo("test-request-0001"));
        String created = given().auth().oauth2(PM).header("X-Request-Id", "bad id\twith tab")
                .when().get("/api/inventory/sites")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertEquals(36, created.length(), "a malformed id is replaced by a UUID");
        given().when().get("/api/inventory/sites").then().statusCode(401).header("X-Request-Id", notNullValue())
                .body("requestId", notNullValue());
    }
}
