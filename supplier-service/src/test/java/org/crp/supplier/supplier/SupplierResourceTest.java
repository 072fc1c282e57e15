package org.crp.supplier.supplier;

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

/**
 * The only list filters are status and country, and every new supplier is ACTIVE, so a test that
 * asserts exactly which suppliers a list holds owns its countries: no other test creates suppliers
 * in AQ, BV, HM or TF (the schema is cleaned when the test run starts).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SupplierResourceTest {

    static final String LEGAL = token("legal", "legal-counsel");

    static String registrationNumber() {
        return "BRN-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    static Map<String, Object> supplier(String registrationNumber, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Camera Maker " + registrationNumber);
        body.put("registrationNumber", registrationNumber);
        body.put("country", country);
        return body;
    }

    static String createSupplier(String country) {
        return given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(supplier(registrationNumber(), country))
                .when().post("/api/supplier/suppliers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void legalCounselCreatesAndReadsASupplier() {
        String number = registrationNumber();
        var created = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(supplier(number, "CN"))
                .when().post("/api/supplier/suppliers")
                .then().statusCode(201)
                .header("Location", containsString("/api/supplier/suppliers/"))
                .body("registrationNumber", equalTo(number), "country", equalTo("CN"), "status", equalTo("ACTIVE"),
                        "statusReason", nullValue(), "statusChangedAt", nullValue(), "version", equalTo(0),
                        "createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/supplier/suppliers/" + id));

        given().auth().oauth2(token("auditor", "auditor"))
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id), "name", equalTo("Camera Maker " + number), "status", equalTo("ACTIVE"));
    }

    @Test
    void programManagerAndAdminMayCreate() {
        for (String role : List.of("program-manager", "admin")) {
            given().auth().oauth2(token(role, role)).contentType(ContentType.JSON)
                    .body(supplier(registrationNumber(), "KR"))
                    .when().post("/api/supplier/suppliers").then().statusCode(201);
        }
    }

    @Test
    void namesAndNumbersAreStoredStripped() {
        String number = registrationNumber();
        Map<String, Object> body = supplier(" " + number + " ", "KR");
        body.put("name", "  Spaced Optics  ");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/suppliers")
                .then().statusCode(201).body("registrationNumber", equalTo(number), "name", equalTo("Spaced Optics"));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(supplier(number, "KR"))
                .when().post("/api/supplier/suppliers").then().statusCode(409);
    }

    @Test
    void withoutTokenIs401ProblemJson() {
        given().contentType(ContentType.JSON).body(supplier(registrationNumber(), "KR"))
                .when().post("/api/supplier/suppliers")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401), "instance", equalTo("/api/supplier/suppliers"));
        given().when().get("/api/supplier/suppliers").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403ProblemJson() {
        for (String token : List.of(token("auditor", "auditor"), token("security", "security-officer"),
                token("service", "service"), vendorToken("engineer", UUID.randomUUID().toString()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(supplier(registrationNumber(), "KR"))
                    .when().post("/api/supplier/suppliers")
                    .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
        given().auth().oauth2(vendorToken("engineer", UUID.randomUUID().toString()))
                .when().get("/api/supplier/suppliers").then().statusCode(403);
    }

    @Test
    void readRolesMayList() {
        for (String role : List.of("program-manager", "security-officer", "legal-counsel", "auditor", "admin", "service")) {
            given().auth().oauth2(token(role, role)).when().get("/api/supplier/suppliers").then().statusCode(200);
        }
    }

    @Test
    void invalidBodyIs400WithFieldErrors() {
        Map<String, Object> body = supplier(" ", "kr");
        body.put("name", "");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("country"), "errors.field", hasItem("name"),
                        "errors.field", hasItem("registrationNumber"), "errors", hasSize(3),
                        "errors.find { it.field == 'country' }.message", containsString("ISO 3166-1"));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("name", "x".repeat(201)))
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400)
                .body("errors.field", hasItem("name"), "errors.field", hasItem("country"),
                        "errors.field", hasItem("registrationNumber"));
    }

    @Test
    void statusCannotBeSetOnCreation() {
        Map<String, Object> body = supplier(registrationNumber(), "KR");
        body.put("status", "DEBARRED");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/suppliers")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("status"));
    }

    @Test
    void unknownStatusFilterIs400() {
        given().auth().oauth2(LEGAL).queryParam("status", "BLACKLISTED").when().get("/api/supplier/suppliers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"), "detail", containsString("BLACKLISTED"));
    }

    @Test
    void unknownCountryFilterIs400() {
        given().auth().oauth2(LEGAL).queryParam("country", "KR").queryParam("country", "kr")
                .when().get("/api/supplier/suppliers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("country"), "detail", containsString("ISO 3166-1"));
    }

    @Test
    void duplicateRegistrationNumberIs409() {
        String number = registrationNumber();
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(supplier(number, "KR"))
                .when().post("/api/supplier/suppliers").then().statusCode(201);
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(supplier(number, "CN"))
                .when().post("/api/supplier/suppliers")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(number));
        // the same number typed in lower case names the same company
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(supplier(number.toLowerCase(), "KR"))
                .when().post("/api/supplier/suppliers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(number.toLowerCase()));
    }

    @Test
    void unknownIdIs404ProblemJson() {
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "detail", containsString("does not exist"));
    }

    @Test
    void pagesThroughWithACursor() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createSupplier("AQ"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(LEGAL).queryParam("country", "AQ").queryParam("limit", 2)
                    .queryParam("total", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/supplier/suppliers").then().statusCode(200)
                    .body("total", equalTo(5)).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(created, seen, "pages return every supplier once, in creation order");
    }

    @Test
    void filtersByCountryAndStatus() {
        String bouvet = createSupplier("BV");
        String heard = createSupplier("HM");
        createSupplier("TF");

        given().auth().oauth2(LEGAL).queryParam("country", "BV").queryParam("country", "HM").queryParam("total", true)
                .when().get("/api/supplier/suppliers")
                .then().statusCode(200).body("items.id", contains(bouvet, heard), "total", equalTo(2));
        given().auth().oauth2(LEGAL).queryParam("country", "HM").queryParam("status", "ACTIVE")
                .queryParam("status", "UNDER_INVESTIGATION")
                .when().get("/api/supplier/suppliers")
                .then().statusCode(200).body("items.id", contains(heard));
        given().auth().oauth2(LEGAL).queryParam("country", "BV").queryParam("country", "HM")
                .queryParam("status", "SUSPENDED").queryParam("status", "DEBARRED")
                .when().get("/api/supplier/suppliers")
                .then().statusCode(200).body("items", hasSize(0));
    }
}
