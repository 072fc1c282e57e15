package org.crp.replacement.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.replacement.outbox.OutboxRelayTest.REPLACEMENTS;
import static org.crp.replacement.outbox.OutboxRelayTest.accepted;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.crp.common.outbox.OutboxState;
import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The second life: a new application (and a new inventory stub) on the database
 * {@link OutboxRestart1QueuedTest} left behind — Flyway does not clean it this time — with the
 * scheduled relay on. The swap queued in the first life while inventory was down is found and
 * delivered exactly once. Run both classes together: {@code -Dtest='OutboxRestart*'}.
 */
@QuarkusTest
@TestProfile(OutboxRestart2DeliveredTest.Restarted.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class OutboxRestart2DeliveredTest {

    public static class Restarted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.flyway.clean-at-start", "false");
        }
    }

    @Test
    void theSwapQueuedBeforeTheRestartIsDeliveredAfterIt() {
        List<Map<String, Object>> orders = given().auth().oauth2(PM).queryParam("limit", 1000)
                .when().get("/api/replacement/work-orders").then().statusCode(200).extract().path("items");
        List<String> left = orders.stream()
                .filter(o -> o.get("newDevice") instanceof Map<?, ?> device
                        && String.valueOf(device.get("serial")).startsWith(OutboxRestart1QueuedTest.RESTART_SERIAL))
                .map(o -> (String) o.get("id")).toList();
        assertFalse(left.isEmpty(), "OutboxRestart1QueuedTest left no queued swap; run both classes: -Dtest='OutboxRestart*'");
        for (String id : left) {
            // it survived the restart as it was: completed, not yet told to inventory, with its failed attempt recorded
            OutboxMessage row = QuarkusTransaction.requiringNew().call(
                    () -> OutboxMessage.<OutboxMessage>find("workOrderId", UUID.fromString(id)).singleResult());
            assertEquals(OutboxState.PENDING, row.state);
            assertTrue(row.attempts >= 1 && row.lastError != null, row.attempts + " " + row.lastError);
            given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                    .then().body("status", is("COMPLETED"), "syncState", is("PENDING"));
            // inventory is back
            InventoryStub.server().stubFor(post(urlPathEqualTo(REPLACEMENTS)).withRequestBody(containing(id)).atPriority(1)
                    .willReturn(Fixtures.json("{\"workOrderId\":\"" + id + "\",\"newDeviceId\":\"" + UUID.randomUUID() + "\"}")));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> left.stream()
                .allMatch(id -> "DELIVERED".equals(given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                        .then().extract().path("syncState"))));
        // a few more relay rounds: nothing is sent again
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        for (String id : left) {
            assertEquals(1, accepted(id), "order " + id + " delivered exactly once");
            given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id)
                    .then().body("newDevice.inventoryId", org.hamcrest.Matchers.notNullValue());
        }
    }
}
