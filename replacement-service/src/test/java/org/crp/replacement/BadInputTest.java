package org.crp.replacement;

import static io.restassured.RestAssured.given;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.Fixtures.World;
import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The list of bad input that the feature tests do not already cover: each answer is a 4xx
 * problem+json that says what is wrong, and nothing changes.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class BadInputTest {

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> programme() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Programme " + UUID.randomUUID());
        body.put("scope", Map.of());
        body.put("budget", 1000);
        body.put("currency", "KRW");
        body.put("startDate", "2027-03-01");
        body.put("targetDate", "2027-06-30");
        return body;
    }

    @Test
    void negativeCapacityIs400AndNoVendorIsRegistered() {
        String number = "REG-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Vendor " + number);
        body.put("registrationNumber", number);
        body.put("country", "KR");
        body.put("regions", List.of("Seoul"));
        body.put("installsPerDay", -5);
        int before = given().auth().oauth2(PM).queryParam("total", true).when().get("/api/replacement/vendors")
                .then().extract().path("total");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body).when().post("/api/replacement/vendors")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("installsPerDay"));
        given().auth().oauth2(PM).queryParam("total", true).when().get("/api/replacement/vendors")
                .then().body("total", is(before));
    }

    @Test
    void negativeCostIs400AndTheCatalogueStaysEmpty() {
        String vendor = Fixtures.vendor(List.of("Region-" + UUID.randomUUID()), 5);
        Map<String, Object> body = new HashMap<>();
        body.put("manufacturer", "Hanwha Vision");
        body.put("model", "QNV-1");
        body.put("countryOfOrigin", "KR");
        body.put("unitCost", 400);
        body.put("installCost", -100);
        body.put("leadTimeDays", 0);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("installCost"),
                        "errors[0].message", containsString("0 or more"));
        given().auth().oauth2(PM).when().get("/api/replacement/vendors/{v}/models", vendor).then().body("items", hasSize(0));
    }

    @Test
    void datesOutOfOrderOnAnUpdateAre400AndTheProgrammeIsUnchanged() {
        Map<String, Object> body = programme();
        String id = given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/programmes").then().statusCode(201).extract().path("id");
        Map<String, Object> backwards = new HashMap<>(body);
        backwards.put("startDate", "2027-07-01");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(backwards)
                .when().put("/api/replacement/programmes/{id}", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("targetDate"),
                        "errors[0].message", containsString("after startDate"));
        // a start in year 1 would plan work in year 1: a typing slip, refused with the window named
        Map<String, Object> slipped = new HashMap<>(body);
        slipped.put("startDate", "0001-03-01");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(slipped)
                .when().put("/api/replacement/programmes/{id}", id)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("startDate"),
                        "errors[0].message", containsString("from year 1900 to 2199"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", id)
                .then().body("startDate", is("2027-03-01"), "targetDate", is("2027-06-30"), "version", is(0));
    }

    @Test
    void anUnknownProgrammeIs404Everywhere() {
        UUID unknown = UUID.randomUUID();
        Map<String, Object> body = programme();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().put("/api/replacement/programmes/{id}", unknown).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("Programme"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "PLANNED"))
                .when().post("/api/replacement/programmes/{id}/status", unknown).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/plan", unknown).then().statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", unknown).then().statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(PM).queryParam("programmeId", unknown.toString()).when().get("/api/replacement/work-orders")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void anUnknownWorkOrderIs404ForEveryChange() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "DISPATCHED"))
                .when().post("/api/replacement/work-orders/{id}/status", unknown).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("Work order"));
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("serial", "NEW-1", "macAddress", "00:1A:2B:3C:4D:5E"))
                .when().post("/api/replacement/work-orders/{id}/completion", unknown).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}/history", unknown).then().statusCode(404);
    }

    @Test
    void aRefusedTransitionLeavesTheOrderAndItsHistoryAsTheyWere() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = Fixtures.plannedOrders(world).get(0);
        for (String status : List.of("IN_PROGRESS", "FAILED")) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", status))
                    .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(409).contentType(PROBLEM)
                    .body("detail", containsString("is PLANNED; it may move only to"));
        }
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("/completion"));
        // completing an order that is not in progress is refused too
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("serial", "NEW-1", "macAddress", "00:1A:2B:3C:4D:5E"))
                .when().post("/api/replacement/work-orders/{id}/completion", id).then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("status", is("PLANNED"), "syncState", is("NONE"), "version", is(0));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}/history", id).then().body("", hasSize(0));
    }

    /** The gateway forwards request lines up to 128 KB; a service must not refuse them with a bare 414. */
    @Test
    void aLongRequestLineAsTheGatewayForwardsIsServed() {
        // 1,500 repeats of a list filter: a request line of about 20 KB
        given().auth().oauth2(PM).queryParam("status", java.util.Collections.nCopies(1_500, "DRAFT"))
                .when().get("/api/replacement/programmes")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.notNullValue());
    }
}
