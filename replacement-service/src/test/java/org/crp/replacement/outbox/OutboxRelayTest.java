package org.crp.replacement.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.crp.common.outbox.OutboxRow;
import org.crp.replacement.client.InventoryUnavailable;
import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.Fixtures.World;
import org.crp.replacement.testing.InventoryStub;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class OutboxRelayTest {

    static final String REPLACEMENTS = "/api/inventory/replacements";

    static String completedOrder(World world) {
        String id = Fixtures.plannedOrders(world).get(0);
        for (String status : List.of("DISPATCHED", "IN_PROGRESS")) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", status))
                    .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(200);
        }
        return id;
    }

    static void complete(String id) {
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("X-Request-Id", "complete-" + id)
                .body(Map.of("serial", "NEW-" + id.substring(0, 8), "macAddress", "00:1A:2B:3C:4D:5E"))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(200).body("syncState", is("PENDING"));
    }

    static int calls(String orderId) {
        return InventoryStub.server().findAll(postRequestedFor(urlPathEqualTo(REPLACEMENTS))
                .withRequestBody(containing(orderId))).size();
    }

    static long accepted(String orderId) {
        return InventoryStub.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(REPLACEMENTS) && e.getRequest().getBodyAsString().contains(orderId))
                .filter(e -> e.getResponse().getStatus() == 200 && e.getResponseDefinition().getFault() == null).count();
    }

    @Test
    void whileInventoryIsDownTheSwapWaitsThenIsDeliveredExactlyOnce() {
        WireMockServer inventory = InventoryStub.server();
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = completedOrder(world);
        StubMapping down = inventory.stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id))
                .atPriority(1).willReturn(aResponse().withStatus(503)));
        complete(id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> calls(id) >= 2);
        inventory.removeStub(down);
        StubMapping reset = inventory.stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id))
                .atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        int before = calls(id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> calls(id) > before);
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("syncState", is("PENDING"), "status", is("COMPLETED"));

        UUID newDevice = UUID.randomUUID();
        inventory.removeStub(reset);
        inventory.stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                .willReturn(Fixtures.json("{\"workOrderId\":\"" + id + "\",\"oldDeviceId\":\"" + world.devices().get(0)
                        + "\",\"newDeviceId\":\"" + newDevice + "\",\"recordedBy\":\"replacement-service\"}")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().extract().path("syncState")));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("newDevice.inventoryId", is(newDevice.toString()), "status", is("COMPLETED"));
        // a few more relay rounds: nothing is sent again
        Awaitility.await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(1, accepted(id), "delivered exactly once");
        String body = inventory.findAll(postRequestedFor(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id))).get(0)
                .getBodyAsString();
        assertTrue(body.contains("\"oldDeviceId\":\"" + world.devices().get(0) + "\""), body);
        assertTrue(body.contains("\"manufacturer\":\"Hanwha Vision\"") && body.contains("\"country\":\"KR\""), body);
        inventory.verify(postRequestedFor(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Bearer .+")));
        // every attempt, minutes later or not, carries the completion's request id and the person who completed it
        assertEquals(calls(id), inventory.findAll(postRequestedFor(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id))
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("complete-" + id))
                .withHeader("X-Acting-For", com.github.tomakehurst.wiremock.client.WireMock.equalTo("pm"))).size());
        given().auth().oauth2(PM).queryParam("syncState", "DELIVERED").queryParam("programmeId",
                (String) given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().extract().path("programmeId"))
                .when().get("/api/replacement/work-orders").then().body("items.id", org.hamcrest.Matchers.contains(id));
    }

    @Test
    void aRefusalFailsTheOrderWithInventorysReason() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = completedOrder(world);
        InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"/problems/unprocessable\",\"status\":422,"
                                + "\"detail\":\"the new camera's maker Hanwha Vision is relabel-suspected\"}")));
        complete(id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> "FAILED".equals(
                given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().extract().path("status")));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("syncState", is("REFUSED"), "failureReason", containsString("relabel-suspected"));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}/history", id)
                .then().body("[-1].to", is("FAILED"), "[-1].actor", is("outbox-relay"),
                        // the failure belongs to the request that completed the order
                        "[-1].requestId", is("complete-" + id));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(1, calls(id), "a refused swap is not sent again");
    }

    @Test
    void aSerialInventoryAlreadyHasFailsTheOrderInsteadOfWaitingForEver() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = completedOrder(world);
        String serial = "NEW-" + id.substring(0, 8);
        // inventory's answer when the new camera's serial is registered already
        InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
                                + "\"detail\":\"A device with serial " + serial + " is already registered\"}")));
        complete(id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> "FAILED".equals(
                given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().extract().path("status")));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("syncState", is("REFUSED"), "failureReason",
                        is("inventory refused the replacement: A device with serial " + serial + " is already registered"));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}/history", id)
                .then().body("[-1].from", is("COMPLETED"), "[-1].to", is("FAILED"), "[-1].actor", is("outbox-relay"));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(1, calls(id), "a refused swap is not sent again");
    }

    /**
     * A person may move a SCHEDULED camera back to IN_SERVICE in inventory and delete it while its order is open; the
     * swap can then never be delivered, so the order fails with the reason instead of staying PENDING for ever.
     */
    @Test
    void aSwapWhoseOldCameraWasDeletedFailsTheOrderInsteadOfWaitingForEver() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = completedOrder(world);
        UUID old = world.devices().get(0);
        InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"/problems/not-found\",\"status\":404,\"detail\":\"Device " + old
                                + " does not exist\"}")));
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/devices/" + old))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"Device " + old + " does not exist\"}")));
        complete(id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> "FAILED".equals(
                given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().extract().path("status")));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("syncState", is("REFUSED"), "failureReason", containsString("camera " + old + " is no longer in inventory"));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(1, calls(id), "a refused swap is not sent again");
    }

    /** A 404 while inventory still has the old camera is a wrong address or a deployment mismatch: it is retried. */
    @Test
    void a404ForACameraInventoryStillHasIsRetried() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = completedOrder(world);
        UUID old = world.devices().get(0);
        StubMapping lost = InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id))
                .atPriority(1).willReturn(aResponse().withStatus(404)));
        // inventory's stub still has every camera by default
        complete(id);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> calls(id) >= 3);
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("syncState", is("PENDING"), "status", is("COMPLETED"));
        InventoryStub.server().removeStub(lost);
        InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                .willReturn(Fixtures.json("{\"workOrderId\":\"" + id + "\",\"oldDeviceId\":\"" + old
                        + "\",\"newDeviceId\":\"" + UUID.randomUUID() + "\",\"recordedBy\":\"replacement-service\"}")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> "DELIVERED".equals(
                given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().extract().path("syncState")));
    }

    @Inject
    OutboxRelay relay;

    @Test
    void relaysRunningSideBySideNeverDeliverARowTwice() throws Exception {
        World world = Fixtures.world(6, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        for (String id : orders) {
            for (String status : List.of("DISPATCHED", "IN_PROGRESS")) {
                given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", status))
                        .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(200);
            }
            // slow answers, so that the relays overlap while rows are being delivered
            InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                    .willReturn(Fixtures.json("{\"workOrderId\":\"" + id + "\"}").withFixedDelay(300)));
        }
        orders.forEach(OutboxRelayTest::complete);
        // four more "replicas" beside the scheduled one
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(() -> relay.relay()));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdown();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> orders.stream()
                .allMatch(id -> "DELIVERED".equals(given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                        .then().extract().path("syncState"))));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        for (String id : orders) {
            assertEquals(1, calls(id), "order " + id + " sent once");
        }
    }

    @Test
    void backoffDoublesUpToTheCeiling() {
        Duration initial = Duration.ofSeconds(1);
        Duration max = Duration.ofMinutes(5);
        assertEquals(Duration.ofSeconds(1), OutboxRow.backoff(1, initial, max));
        assertEquals(Duration.ofSeconds(2), OutboxRow.backoff(2, initial, max));
        assertEquals(Duration.ofSeconds(64), OutboxRow.backoff(7, initial, max));
        assertEquals(max, OutboxRow.backoff(20, initial, max));
        assertEquals(max, OutboxRow.backoff(1000, initial, max));
    }

    @Test
    void aFailedDeliveryIsToldWithoutClassNames() {
        assertEquals("inventory failed repeatedly and is given a few seconds' rest (circuit open)",
                OutboxRow.failure("inventory", new CircuitBreakerOpenException("org.crp.replacement.client.Inventory#replace")));
        assertEquals("inventory did not answer in time", OutboxRow.failure("inventory", new TimeoutException("Timeout[x] timed out")));
        assertEquals("inventory answered 503", OutboxRow.failure("inventory",
                new InventoryUnavailable("inventory answered 503", new IllegalStateException())));
        assertEquals("inventory could not be called", OutboxRow.failure("inventory", new IllegalStateException()));
    }
}
