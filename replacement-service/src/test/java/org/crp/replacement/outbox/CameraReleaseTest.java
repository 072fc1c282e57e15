package org.crp.replacement.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.crp.replacement.testing.InventoryStub.RELEASES;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.awaitility.Awaitility;
import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.Fixtures.World;
import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A camera stays SCHEDULED in inventory only while a live order will swap it: an order cancelled or failed, or a
 * camera a re-plan drops, is handed back through the outbox, and inventory returns it to the status it had before.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class CameraReleaseTest {

    @Inject
    EntityManager em;

    static List<LoggedRequest> releases(UUID device) {
        return InventoryStub.server().findAll(postRequestedFor(urlPathEqualTo(RELEASES)).withRequestBody(containing(device.toString())));
    }

    static long answered(UUID device) {
        return InventoryStub.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith(RELEASES) && e.getRequest().getBodyAsString().contains(device.toString()))
                .filter(e -> e.getResponse().getStatus() == 200).count();
    }

    static void move(String order, String status, String reason, String requestId) {
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("X-Request-Id", requestId)
                .body(reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason))
                .when().post("/api/replacement/work-orders/{id}/status", order).then().statusCode(200).body("status", is(status));
    }

    String releaseState(String order) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select m.state from OutboxMessage m where m.workOrderId = :order and m.kind = 'RELEASE'", Object.class)
                .setParameter("order", UUID.fromString(order)).getResultStream().findFirst().map(String::valueOf).orElse(null));
    }

    @Test
    void aCancelledOrderHandsItsCameraBackOnceUnderTheCancellingRequest() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String order = Fixtures.plannedOrders(world).get(0);
        UUID camera = world.devices().get(0);
        move(order, "CANCELLED", "vendor withdrew", "cancel-" + order);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answered(camera) == 1);
        String body = releases(camera).get(0).getBodyAsString();
        assertTrue(body.contains("\"deviceIds\":[\"" + camera + "\"]"), body);
        assertTrue(body.contains("work order " + order + " CANCELLED: vendor withdrew"), body);
        InventoryStub.server().verify(postRequestedFor(urlPathEqualTo(RELEASES)).withRequestBody(containing(camera.toString()))
                .withHeader("X-Request-Id", equalTo("cancel-" + order)).withHeader("X-Acting-For", equalTo("pm")));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(1, releases(camera).size(), "a delivered release is not sent again");
        assertEquals("DELIVERED", releaseState(order));
    }

    @Test
    void aFailedOrderHandsItsCameraBack() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String order = Fixtures.plannedOrders(world).get(0);
        UUID camera = world.devices().get(0);
        move(order, "DISPATCHED", null, "d-" + order);
        move(order, "IN_PROGRESS", null, "p-" + order);
        assertEquals(0, releases(camera).size(), "a live order keeps its camera SCHEDULED");
        move(order, "FAILED", "mast unsafe to climb", "fail-" + order);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answered(camera) == 1);
        assertTrue(releases(camera).get(0).getBodyAsString().contains("FAILED: mast unsafe to climb"));
    }

    /** A work order's reason may run to 2000 characters; inventory keeps 500 of a release's, so the rest is cut. */
    @Test
    void aLongReasonIsCutToWhatInventoryTakes() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String order = Fixtures.plannedOrders(world).get(0);
        UUID camera = world.devices().get(0);
        move(order, "CANCELLED", "x".repeat(2000), "cancel-" + order);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answered(camera) == 1);
        String reason = io.restassured.path.json.JsonPath.from(releases(camera).get(0).getBodyAsString()).getString("reason");
        assertEquals(500, reason.length());
        assertTrue(reason.startsWith("work order " + order + " CANCELLED: xxx") && reason.endsWith("x…"), reason);
    }

    @Test
    void aSwapInventoryRefusesHandsTheOldCameraBack() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String order = OutboxRelayTest.completedOrder(world);
        UUID camera = world.devices().get(0);
        InventoryStub.server().stubFor(post(urlPathEqualTo(OutboxRelayTest.REPLACEMENTS)).withRequestBody(containing(order))
                .atPriority(1).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":422,\"detail\":\"the new camera's maker is covered\"}")));
        OutboxRelayTest.complete(order);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answered(camera) == 1);
        assertTrue(releases(camera).get(0).getBodyAsString().contains("work order " + order + " failed"));
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", order)
                .then().body("status", is("FAILED"), "syncState", is("REFUSED"));
    }

    @Test
    void aReplanHandsBackOnlyTheCamerasItDrops() {
        World world = Fixtures.world(2, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        assertEquals(2, orders.size());
        String programme = given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", orders.get(0))
                .then().extract().path("programmeId");
        UUID kept = world.devices().get(0);
        UUID dropped = world.devices().get(1);
        // the second camera left the programme's scope in inventory meanwhile
        Fixtures.stubDevices(world.site(), world.zone(), List.of(kept));
        given().auth().oauth2(PM).header("X-Request-Id", "replan-" + programme)
                .when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answered(dropped) == 1);
        assertTrue(releases(dropped).get(0).getBodyAsString().contains("dropped when programme " + programme + " was planned again"));
        InventoryStub.server().verify(postRequestedFor(urlPathEqualTo(RELEASES)).withRequestBody(containing(dropped.toString()))
                .withHeader("X-Request-Id", equalTo("replan-" + programme)));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(0, releases(kept).size(), "a camera the new plan swaps again stays SCHEDULED");
    }

    @Test
    void aCameraPlannedAgainBeforeItsReleaseIsSentStaysScheduled() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String order = Fixtures.plannedOrders(world).get(0);
        UUID camera = world.devices().get(0);
        String programme = given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", order)
                .then().extract().path("programmeId");
        StubMapping down = InventoryStub.server().stubFor(post(urlPathEqualTo(RELEASES))
                .withRequestBody(containing(camera.toString())).atPriority(1).willReturn(aResponse().withStatus(503)));
        move(order, "CANCELLED", null, "cancel-" + order);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> releases(camera).size() >= 1);
        assertEquals("PENDING", releaseState(order), "inventory down: the release waits");

        // planned again while inventory could not take the release: a live order holds the camera once more
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        given().auth().oauth2(PM).queryParam("programmeId", programme).queryParam("status", "PLANNED")
                .when().get("/api/replacement/work-orders").then().body("items.deviceId", org.hamcrest.Matchers.contains(camera.toString()));
        InventoryStub.server().removeStub(down);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "DELIVERED".equals(releaseState(order)));
        assertEquals(0, answered(camera), "the camera a live order holds again is not handed back");
    }
}
