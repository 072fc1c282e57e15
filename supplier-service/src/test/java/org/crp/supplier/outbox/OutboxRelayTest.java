package org.crp.supplier.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.openCase;
import static org.crp.supplier.hold.HoldResourceTest.deviceEvidence;
import static org.crp.supplier.hold.HoldResourceTest.place;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.crp.supplier.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Test
    void relaysRunningSideBySideNeverDeliverAHoldTwice() throws Exception {
        String caseId = openCase();
        String number = given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", caseId).then().extract().path("number");
        List<UUID> devices = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID device = UUID.randomUUID();
            devices.add(device);
            deviceEvidence(caseId, device);
            // slow answers, so that the relays overlap while rows are being delivered
            InventoryStub.server().stubFor(put(urlPathEqualTo("/api/inventory/devices/" + device + "/holds/" + number))
                    .atPriority(1).willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(300)));
        }
        place(LEGAL, caseId, Map.of("deviceIds", devices.stream().map(UUID::toString).toList())).statusCode(201);
        // four more "replicas" beside the scheduled one
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(() -> relay.relay()));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdown();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(AUDITOR).queryParam("delivery", "DELIVERED").when().get("/api/supplier/cases/{id}/holds", caseId)
                .then().extract().jsonPath().getList("items").size() == devices.size());
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        for (UUID device : devices) {
            long sent = InventoryStub.server().getAllServeEvents().stream()
                    .filter(e -> e.getRequest().getUrl().equals("/api/inventory/devices/" + device + "/holds/" + number)).count();
            assertEquals(1, sent, "device " + device + " held once");
        }
    }

    /** inventory records a relayed hold under the request that placed it and the person who did, not the relay's. */
    @Test
    void aRelayedHoldCarriesThePlacingRequestAndPerson() {
        String caseId = openCase();
        String number = given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", caseId).then().extract().path("number");
        UUID device = UUID.randomUUID();
        deviceEvidence(caseId, device);
        given().auth().oauth2(LEGAL).contentType("application/json").header("X-Request-Id", "place-hold-00042")
                .body(Map.of("deviceIds", List.of(device.toString()))).when().post("/api/supplier/cases/{id}/holds", caseId)
                .then().statusCode(201);
        String url = "/api/inventory/devices/" + device + "/holds/" + number;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> InventoryStub.server().getAllServeEvents().stream()
                .anyMatch(e -> e.getRequest().getUrl().equals(url)));
        var sent = InventoryStub.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(url))
                .findFirst().orElseThrow().getRequest();
        assertEquals("place-hold-00042", sent.getHeader("X-Request-Id"));
        assertEquals("legal", sent.getHeader("X-Acting-For"));
    }
}
