package org.crp.replacement.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.replacement.outbox.OutboxRelayTest.REPLACEMENTS;
import static org.crp.replacement.outbox.OutboxRelayTest.calls;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.crp.common.outbox.OutboxState;
import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.Fixtures.World;
import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The first life of the service in the restart story (the second is {@link OutboxRestart2DeliveredTest},
 * which JUnit runs after this class: Quarkus orders test classes of different profiles by class name).
 * The scheduled relay is off, so this test alone decides when a relay runs: a swap completed while
 * inventory is down stays PENDING in the database when this application stops. Also: two relays
 * claiming at the same moment never deliver a row twice.
 */
@QuarkusTest
@TestProfile(OutboxRestart1QueuedTest.RelayByHand.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class OutboxRestart1QueuedTest {

    /** The serial prefix by which the second life finds the swaps left by the first. */
    static final String RESTART_SERIAL = "RESTART-";

    public static class RelayByHand implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    OutboxRelay relay;

    static String inProgressOrder(World world) {
        String id = Fixtures.plannedOrders(world).get(0);
        for (String status : List.of("DISPATCHED", "IN_PROGRESS")) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", status))
                    .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(200);
        }
        return id;
    }

    static void complete(String id, String serial) {
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("serial", serial, "macAddress", "00:1A:2B:3C:4D:5E"))
                .when().post("/api/replacement/work-orders/{id}/completion", id)
                .then().statusCode(200).body("syncState", is("PENDING"));
    }

    /** One relay run as the scheduler would make it: rows one by one, each in its own transaction, until none is due. */
    int relayRun() {
        int delivered = 0;
        while (QuarkusTransaction.requiringNew().call(relay::deliverOne)) {
            delivered++;
        }
        return delivered;
    }

    @Test
    void aSwapCompletedWhileInventoryIsDownIsStillPendingWhenTheServiceStops() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = inProgressOrder(world);
        InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        complete(id, RESTART_SERIAL + id.substring(0, 8));
        relayRun();
        assertTrue(calls(id) >= 1, "the relay tried inventory");
        OutboxMessage row = QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.<OutboxMessage>find("workOrderId", UUID.fromString(id)).singleResult());
        assertEquals(OutboxState.PENDING, row.state);
        assertTrue(row.attempts >= 1 && row.lastError.equals("inventory answered 503"), row.attempts + " " + row.lastError);
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                .then().body("status", is("COMPLETED"), "syncState", is("PENDING"));
        // the application stops after this class; OutboxRestart2DeliveredTest starts the next one on this database
    }

    @Test
    void twoRelaysClaimingAtOnceNeverDeliverARowTwice() throws Exception {
        World world = Fixtures.world(1, "HQ", 1.0);
        String id = inProgressOrder(world);
        // a slow inventory: the first relay holds the row's lock for the whole call
        InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                .willReturn(Fixtures.json("{\"workOrderId\":\"" + id + "\"}").withFixedDelay(1500)));
        complete(id, "TWICE-" + id.substring(0, 8));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(this::relayRun);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> calls(id) == 1);
        // the second relay runs while the first is inside its call to inventory: the row is locked, so it is skipped
        relayRun();
        assertEquals(1, calls(id), "the second relay did not send the locked row");
        assertTrue(first.get(30, TimeUnit.SECONDS) >= 1, "the first relay delivered it");
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().body("syncState", is("DELIVERED"));
        // and once delivered, no later run sends it again
        relayRun();
        assertEquals(1, calls(id));
    }
}
