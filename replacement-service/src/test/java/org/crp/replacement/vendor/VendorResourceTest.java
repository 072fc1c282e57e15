package org.crp.replacement.vendor;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(org.crp.replacement.testing.InventoryStub.class)
class VendorResourceTest {

    static final String PM = token("pm", "program-manager");

    static String registrationNumber() {
        return "REG-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    static String uniqueRegion() {
        return "Region-" + UUID.randomUUID();
    }

    static Map<String, Object> vendor(String registrationNumber, String country, List<String> regions) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Hanbit Security " + registrationNumber);
        body.put("registrationNumber", registrationNumber);
        body.put("country", country);
        body.put("certifications", List.of("KCMVP", "ISO 27001"));
        body.put("regions", regions);
        body.put("installsPerDay", 12);
        return body;
    }

    static String createVendor(String country, List<String> regions) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(vendor(registrationNumber(), country, regions))
                .when().post("/api/replacement/vendors")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void programManagerCreatesAndReadsAVendor() {
        String number = registrationNumber();
        var created = given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(vendor(number, "KR", List.of(" Gyeonggi ", "Seoul")))
                .when().post("/api/replacement/vendors")
                .then().statusCode(201)
                .header("Location", containsString("/api/replacement/vendors/"))
                .body("registrationNumber", equalTo(number), "status", equalTo("APPROVED"), "version", equalTo(0),
                        "regions", contains("Gyeonggi", "Seoul"), "certifications", contains("KCMVP", "ISO 27001"),
                        "installsPerDay", equalTo(12))
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/replacement/vendors/" + id));

        given().auth().oauth2(token("auditor", "auditor"))
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id), "country", equalTo("KR"), "name", equalTo("Hanbit Security " + number));
    }

    @Test
    void adminMayCreateAndCertificationsMayBeLeftOut() {
        Map<String, Object> body = vendor(registrationNumber(), "KR", List.of("Busan"));
        body.remove("certifications");
        given().auth().oauth2(token("admin", "admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors")
                .then().statusCode(201).body("certifications", hasSize(0));
    }

    @Test
    void withoutTokenIs401ProblemJson() {
        given().contentType(ContentType.JSON).body(vendor(registrationNumber(), "KR", List.of("Seoul")))
                .when().post("/api/replacement/vendors")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401), "instance", equalTo("/api/replacement/vendors"));
        given().when().get("/api/replacement/vendors").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403ProblemJson() {
        for (String token : List.of(token("auditor", "auditor"), token("security", "security-officer"),
                vendorToken("engineer", UUID.randomUUID().toString()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(vendor(registrationNumber(), "KR", List.of("Seoul")))
                    .when().post("/api/replacement/vendors")
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
        given().auth().oauth2(vendorToken("engineer", UUID.randomUUID().toString()))
                .when().get("/api/replacement/vendors").then().statusCode(403);
    }

    @Test
    void readRolesMayList() {
        for (String role : List.of("program-manager", "security-officer", "legal-counsel", "auditor", "admin", "service")) {
            given().auth().oauth2(token(role, role)).when().get("/api/replacement/vendors").then().statusCode(200);
        }
    }

    @Test
    void invalidBodyIs400WithFieldErrors() {
        Map<String, Object> body = vendor(registrationNumber(), "XX", List.of());
        body.put("name", " ");
        body.put("installsPerDay", 0);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("country"), "errors.field", hasItem("name"),
                        "errors.field", hasItem("installsPerDay"), "errors.field", hasItem("regions"),
                        "errors", hasSize(4),
                        "errors.find { it.field == 'country' }.message", containsString("ISO 3166-1"));
    }

    @Test
    void invalidListEntriesAndRegistrationNumberAre400() {
        Map<String, Object> body = vendor("REG 1/2", "KR", List.of("Seoul", ""));
        body.put("installsPerDay", 10001);
        body.put("certifications", List.of("x".repeat(101)));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("registrationNumber"), "errors.field", hasItem("installsPerDay"),
                        "errors.field", hasItem("regions[1]"),
                        "errors.field", hasItem("certifications[0]"));
        Map<String, Object> missing = vendor(registrationNumber(), "KR", List.of("Seoul"));
        missing.remove("regions");
        missing.remove("installsPerDay");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(missing)
                .when().post("/api/replacement/vendors")
                .then().statusCode(400).body("errors.field", hasItem("regions"), "errors.field", hasItem("installsPerDay"));
    }

    @Test
    void unknownStatusFilterIs400() {
        given().auth().oauth2(PM).queryParam("status", "BANNED").when().get("/api/replacement/vendors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"), "detail", containsString("BANNED"));
    }

    @Test
    void unknownCountryFilterIs400() {
        given().auth().oauth2(PM).queryParam("country", "KR").queryParam("country", "' OR 1=1--")
                .when().get("/api/replacement/vendors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("country"), "detail", containsString("ISO 3166-1"));
    }

    @Test
    void duplicateRegistrationNumberIs409() {
        String number = registrationNumber();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(vendor(number, "KR", List.of("Seoul")))
                .when().post("/api/replacement/vendors").then().statusCode(201);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(vendor(number, "US", List.of("Ulsan")))
                .when().post("/api/replacement/vendors")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(number));
        // the same number typed in lower case names the same company
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(vendor(number.toLowerCase(), "KR", List.of("Seoul")))
                .when().post("/api/replacement/vendors")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(number.toLowerCase()));
    }

    @Test
    void unknownIdIs404ProblemJson() {
        given().auth().oauth2(PM).when().get("/api/replacement/vendors/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "detail", containsString("does not exist"));
    }

    @Test
    void pagesThroughWithACursor() {
        String region = uniqueRegion();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createVendor("KR", List.of(region)));
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
            var page = request.when().get("/api/replacement/vendors").then().statusCode(200)
                    .body("total", equalTo(5)).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(created, seen, "pages return every vendor once, in creation order");
    }

    @Test
    void filtersByRegionsServedStatusAndCountry() {
        String north = uniqueRegion();
        String south = uniqueRegion();
        String east = uniqueRegion();
        String northOnly = createVendor("KR", List.of(north));
        String northAndSouth = createVendor("US", List.of(north, south));
        String southOnly = createVendor("KR", List.of(south));
        createVendor("KR", List.of(east));

        given().auth().oauth2(PM).queryParam("region", north).queryParam("region", south).queryParam("total", true)
                .when().get("/api/replacement/vendors")
                .then().statusCode(200).body("items.id", contains(northOnly, northAndSouth, southOnly), "total", equalTo(3));
        given().auth().oauth2(PM).queryParam("region", north).queryParam("region", south).queryParam("country", "KR")
                .when().get("/api/replacement/vendors")
                .then().statusCode(200).body("items.id", contains(northOnly, southOnly));
        given().auth().oauth2(PM).queryParam("region", north).queryParam("country", "US").queryParam("country", "JP")
                .when().get("/api/replacement/vendors")
                .then().statusCode(200).body("items.id", contains(northAndSouth));
        given().auth().oauth2(PM).queryParam("region", south).queryParam("status", "APPROVED")
                .when().get("/api/replacement/vendors")
                .then().statusCode(200).body("items.id", contains(northAndSouth, southOnly));
        given().auth().oauth2(PM).queryParam("region", south).queryParam("status", "SUSPENDED")
                .when().get("/api/replacement/vendors")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void regionServedByNobodyIsAnEmptyPage() {
        given().auth().oauth2(PM).queryParam("region", uniqueRegion()).queryParam("total", true)
                .when().get("/api/replacement/vendors")
                .then().statusCode(200).body("items", hasSize(0), "total", equalTo(0), "nextCursor", nullValue());
        given().auth().oauth2(PM).queryParam("region", uniqueRegion())
                .when().get("/api/replacement/vendors")
                .then().statusCode(200).body("items", hasSize(0), "total", nullValue());
    }

    @Test
    void answersCarryARequestId() {
        given().auth().oauth2(PM).when().get("/api/replacement/vendors/{id}", UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", notNullValue()).body("requestId", notNullValue());
    }

    @Test
    void suspendAndReapproveWithIfMatch() {
        String id = createVendor("KR", List.of(uniqueRegion()));
        String etag = given().auth().oauth2(PM).when().get("/api/replacement/vendors/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(Map.of("status", "SUSPENDED")).when().post("/api/replacement/vendors/{id}/status", id)
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", "SUSPENDED", "reason", "audit")).when().post("/api/replacement/vendors/{id}/status", id)
                .then().statusCode(200).body("status", equalTo("SUSPENDED"), "version", equalTo(1));
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED")).when().post("/api/replacement/vendors/{id}/status", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("APPROVED"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("status", "APPROVED")).when().post("/api/replacement/vendors/{id}/status", id)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("status", "BANNED")).when().post("/api/replacement/vendors/{id}/status", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("auditor", "auditor")).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED")).when().post("/api/replacement/vendors/{id}/status", id)
                .then().statusCode(403);
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED")).when().post("/api/replacement/vendors/{id}/status", UUID.randomUUID())
                .then().statusCode(404);
    }
}
