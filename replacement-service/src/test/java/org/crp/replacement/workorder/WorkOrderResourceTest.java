package org.crp.replacement.workorder;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

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

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class WorkOrderResourceTest {

    static Map<String, Object> completion(String serial) {
        return Map.of("serial", serial, "macAddress", "00-1a-2b-3c-4d-5e");
    }

    static void move(String token, String id, String status, int expected) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", status))
                .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(expected);
    }

    @Test
    void anOrderGoesThroughItsLifeWithWhoAndWhenRecorded() {
        World world = Fixtures.world(3, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        String id = orders.get(0);
        String engineer = vendorToken("engineer1", world.vendorId());

        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().statusCode(200)
                .body("status", is("PLANNED"), "syncState", is("NONE"), "vendorId", is(world.vendorId()),
                        "plannedBy", is("pm"), "wave", is(1), "unitCost", is(400.0f));
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(Map.of("status", "DISPATCHED"))
                .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(412);
        move(PM, id, "IN_PROGRESS", 409);
        move(PM, id, "COMPLETED", 409);
        move(engineer, id, "DISPATCHED", 403);
        move(PM, id, "DISPATCHED", 200);
        move(engineer, id, "IN_PROGRESS", 200);

        given().auth().oauth2(engineer).contentType(ContentType.JSON)
                .body(Map.of("serial", "NEW-1", "macAddress", "not-a-mac", "model", "Q"))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("macAddress"));
        // inventory registers the new camera with the planned model's maker and origin, so another model is refused
        String modelId = given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then()
                .extract().path("modelId");
        String planned = given().auth().oauth2(PM)
                .when().get("/api/replacement/vendors/{v}/models/{m}", world.vendorId(), modelId).then().statusCode(200)
                .extract().path("model");
        given().auth().oauth2(engineer).contentType(ContentType.JSON)
                .body(Map.of("serial", "NEW-1", "macAddress", "00-1a-2b-3c-4d-5e", "model", "OTHER-" + planned))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("planned with"), "detail", containsString(planned));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().body("status", is("IN_PROGRESS"));
        given().auth().oauth2(engineer).contentType(ContentType.JSON).body(completion("NEW-1"))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(200).body("status", is("COMPLETED"), "syncState", is("PENDING"),
                        "newDevice.serial", is("NEW-1"), "newDevice.macAddress", is("00:1A:2B:3C:4D:5E"),
                        "newDevice.model", is(planned));
        // naming the planned model, in any case, is the same completion
        given().auth().oauth2(engineer).contentType(ContentType.JSON)
                .body(Map.of("serial", "NEW-1", "macAddress", "00-1a-2b-3c-4d-5e", "model", planned.toLowerCase()))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(200).body("newDevice.model", is(planned));
        // the same completion again is answered as it stands; other data is a conflict and changes nothing
        given().auth().oauth2(engineer).contentType(ContentType.JSON).body(completion("NEW-1"))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(200).body("status", is("COMPLETED"), "newDevice.serial", is("NEW-1"));
        given().auth().oauth2(engineer).contentType(ContentType.JSON).body(completion("NEW-2"))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("NEW-1"));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then()
                .body("newDevice.serial", is("NEW-1"));

        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/replacement/work-orders/{id}/history", id)
                .then().statusCode(200)
                .body("to", contains("DISPATCHED", "IN_PROGRESS", "COMPLETED"), "from", contains("PLANNED", "DISPATCHED", "IN_PROGRESS"),
                        "actor", contains("pm", "engineer1", "engineer1"), "[0].at", org.hamcrest.Matchers.notNullValue());

        // cancelling another order is the programme office's call
        move(engineer, orders.get(1), "CANCELLED", 403);
        move(PM, orders.get(1), "CANCELLED", 200);
        move(PM, orders.get(1), "DISPATCHED", 409);
        move(token("auditor", "auditor"), orders.get(2), "DISPATCHED", 403);
    }

    @jakarta.inject.Inject
    org.crp.replacement.testing.TestClock clock;

    /** The answer of a completion shows the instants a later read gives back: PostgreSQL keeps microseconds. */
    /** The gateway keeps a caller's request id of up to 128 characters; the order's history keeps all of it. */
    @Test
    void aLongRequestIdIsKeptInTheHistory() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = Fixtures.plannedOrders(world).get(0);
        String requestId = "r".repeat(128);
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(java.util.Map.of("status", "DISPATCHED"))
                .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(200);
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}/history", id)
                .then().statusCode(200).body("[-1].requestId", org.hamcrest.Matchers.is(requestId));
    }

    @Test
    void aCompletionAnswersTheTimesAsStored() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = Fixtures.plannedOrders(world).get(0);
        String engineer = vendorToken("engineer-" + UUID.randomUUID(), world.vendorId());
        move(PM, id, "DISPATCHED", 200);
        move(engineer, id, "IN_PROGRESS", 200);
        clock.set(java.time.Instant.parse("2027-03-01T10:20:57.023437852Z"));
        try {
            var answer = given().auth().oauth2(engineer).contentType(ContentType.JSON).body(completion("NEW-" + UUID.randomUUID()))
                    .when().post("/api/replacement/work-orders/{id}/completion", id)
                    .then().statusCode(200).body("completedAt", is("2027-03-01T10:20:57.023437Z")).extract().jsonPath();
            var stored = given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                    .then().statusCode(200).extract().jsonPath();
            org.junit.jupiter.api.Assertions.assertEquals(stored.getString("completedAt"), answer.getString("completedAt"));
            org.junit.jupiter.api.Assertions.assertEquals(stored.getString("updatedAt"), answer.getString("updatedAt"));
            given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}/history", id)
                    .then().statusCode(200).body("[2].to", is("COMPLETED"), "[2].at", is("2027-03-01T10:20:57.023437Z"));
        } finally {
            clock.reset();
        }
    }

    /**
     * A programme completed before open orders blocked completion may still hold some: they cannot be worked on any
     * more, only cancelled.
     */
    @Test
    void theOpenOrdersOfACompletedProgrammeMayOnlyBeCancelled() {
        World world = Fixtures.world(2, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        String engineer = vendorToken("engineer-" + UUID.randomUUID(), world.vendorId());
        move(PM, orders.get(0), "DISPATCHED", 200);
        String programme = given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", orders.get(0))
                .then().extract().path("programmeId");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> org.crp.replacement.programme.Programme
                .update("status = ?1 where id = ?2", org.crp.replacement.programme.ProgrammeStatus.COMPLETED,
                        UUID.fromString(programme)));

        given().auth().oauth2(engineer).contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS"))
                .when().post("/api/replacement/work-orders/{id}/status", orders.get(0))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("COMPLETED"), "detail", containsString("may only be cancelled"));
        move(PM, orders.get(1), "DISPATCHED", 409);
        move(PM, orders.get(0), "CANCELLED", 200);
        move(PM, orders.get(1), "CANCELLED", 200);
    }

    @Test
    void aSuspendedVendorsOrdersAreNotDispatched() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = Fixtures.plannedOrders(world).get(0);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "reason", "certificate lapsed"))
                .when().post("/api/replacement/vendors/{id}/status", world.vendorId()).then().statusCode(200);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "DISPATCHED"))
                .when().post("/api/replacement/work-orders/{id}/status", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("is SUSPENDED"));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().body("status", is("PLANNED"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "APPROVED"))
                .when().post("/api/replacement/vendors/{id}/status", world.vendorId()).then().statusCode(200);
        move(PM, id, "DISPATCHED", 200);
    }

    @Test
    void aVendorSeesAndTouchesOnlyItsOwnOrders() {
        World world = Fixtures.world(2, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        String other = vendorToken("intruder", UUID.randomUUID().toString());
        String own = vendorToken("engineer", world.vendorId());
        String id = orders.get(0);
        given().auth().oauth2(other).when().get("/api/replacement/work-orders/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).when().get("/api/replacement/work-orders/{id}/history", id).then().statusCode(404);
        move(other, id, "IN_PROGRESS", 404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(completion("X-1"))
                .when().post("/api/replacement/work-orders/{id}/completion", id).then().statusCode(404);
        given().auth().oauth2(other).queryParam("limit", 1000).when().get("/api/replacement/work-orders")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(other).queryParam("vendorId", world.vendorId()).queryParam("total", true)
                .when().get("/api/replacement/work-orders").then().statusCode(200).body("items", hasSize(0), "total", is(0));
        given().auth().oauth2(own).queryParam("limit", 1000).queryParam("total", true).when().get("/api/replacement/work-orders")
                .then().statusCode(200).body("items.id", hasItem(id), "items.vendorId", not(hasItem(not(is(world.vendorId())))));
        given().auth().oauth2(own).when().get("/api/replacement/work-orders/{id}", id).then().statusCode(200);
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().body("status", is("PLANNED"));
        given().auth().oauth2(token("nobody", "vendor")).when().get("/api/replacement/work-orders")
                .then().statusCode(403).body("detail", containsString("vendor_id"));
    }

    @Test
    void badFiltersAndUnknownOrdersAre4xx() {
        given().auth().oauth2(PM).queryParam("status", "DONE").when().get("/api/replacement/work-orders")
                .then().statusCode(400).body("errors[0].field", is("status"));
        given().auth().oauth2(PM).queryParam("programmeId", "nope").when().get("/api/replacement/work-orders")
                .then().statusCode(400).body("errors[0].field", is("programmeId"));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", UUID.randomUUID())
                .then().statusCode(404).body("detail", containsString("Work order"));
        given().auth().oauth2(token("legal", "legal-counsel")).when().get("/api/replacement/work-orders").then().statusCode(403);
    }
}
