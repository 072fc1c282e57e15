package org.crp.supplier.hold;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.moveCase;
import static org.crp.supplier.Fixtures.openCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.crp.supplier.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
public class HoldResourceTest {

    /** Registers a camera as DEVICE evidence of the case; returns the evidence item's id. */
    public static String deviceEvidence(String caseId, UUID deviceId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "DEVICE");
        body.put("description", "Camera " + deviceId.toString().substring(0, 8) + " from the lobby");
        body.put("reference", deviceId.toString());
        return given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases/{id}/evidence", caseId).then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse place(String token, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases/{id}/holds", caseId).then();
    }

    static String number(String caseId) {
        return given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", caseId).then().extract().path("number");
    }

    static String holdPath(UUID device, String caseNumber) {
        return "/api/inventory/devices/" + device + "/holds/" + caseNumber;
    }

    static JsonPath hold(String caseId, String holdId) {
        return given().auth().oauth2(AUDITOR).when().get("/api/supplier/cases/{id}/holds/{h}", caseId, holdId)
                .then().statusCode(200).extract().jsonPath();
    }

    static List<ServeEvent> calls(UUID device, String caseNumber) {
        return InventoryStub.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(holdPath(device, caseNumber)))
                .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate())).toList();
    }

    static boolean accepted(ServeEvent e) {
        return e.getResponse().getStatus() == 200 && e.getResponseDefinition().getFault() == null;
    }

    @Test
    void whileInventoryIsDownHoldsWaitThenAreDeliveredOnceAndInOrder() {
        WireMockServer inventory = InventoryStub.server();
        String caseId = openCase();
        String number = number(caseId);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        deviceEvidence(caseId, a);
        String evidenceB = deviceEvidence(caseId, b);
        StubMapping downA = inventory.stubFor(any(urlPathEqualTo(holdPath(a, number))).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        StubMapping downB = inventory.stubFor(any(urlPathEqualTo(holdPath(b, number))).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        List<String> holds = place(LEGAL, caseId, Map.of("deviceIds", List.of(a.toString()), "evidenceIds", List.of(evidenceB),
                "reason", "Preserve for forensic examination"))
                .statusCode(201).body("items", hasSize(2), "items.deviceId", contains(a.toString(), b.toString()),
                        "items.status", contains("ACTIVE", "ACTIVE"), "items.delivery", contains("PENDING", "PENDING"),
                        "items.caseNumber", contains(number, number))
                .extract().path("items.id");
        String holdA = holds.get(0);
        String holdB = holds.get(1);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> calls(a, number).size() >= 2 && calls(b, number).size() >= 2);
        JsonPath pendingA = hold(caseId, holdA);
        assertEquals("PENDING", pendingA.getString("delivery"));
        assertTrue(pendingA.getInt("attempts") >= 1, "attempts shown: " + pendingA.prettify());
        assertEquals("inventory answered 503", pendingA.getString("lastError"));
        String lastErrorB = hold(caseId, holdB).getString("lastError");
        assertTrue(lastErrorB.startsWith("inventory could not be reached") && !lastErrorB.contains("Exception"), lastErrorB);

        // released while its placement is still undelivered: the release must wait for the placement
        given().auth().oauth2(LEGAL).when().delete("/api/supplier/cases/{id}/holds/{h}", caseId, holdA)
                .then().statusCode(200).body("status", is("RELEASED"), "delivery", is("PENDING"), "releasedBy", is("legal"));
        int before = calls(a, number).size();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> calls(a, number).size() > before);
        assertTrue(calls(a, number).stream().allMatch(e -> e.getRequest().getMethod().getName().equals("PUT")),
                "no release is sent before its placement is delivered");

        inventory.removeStub(downA);
        inventory.removeStub(downB);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "DELIVERED".equals(hold(caseId, holdA).getString("delivery"))
                        && "DELIVERED".equals(hold(caseId, holdB).getString("delivery")));
        // a few more relay rounds: nothing is sent again
        Awaitility.await().pollDelay(Duration.ofSeconds(3)).until(() -> true);

        List<ServeEvent> toA = calls(a, number).stream().filter(HoldResourceTest::accepted).toList();
        assertEquals(List.of("PUT", "DELETE"), toA.stream().map(e -> e.getRequest().getMethod().getName()).toList(),
                "device A: placed once, then released once, in that order");
        List<ServeEvent> toB = calls(b, number).stream().filter(HoldResourceTest::accepted).toList();
        assertEquals(List.of("PUT"), toB.stream().map(e -> e.getRequest().getMethod().getName()).toList(), "device B: placed once");
        assertTrue(toB.get(0).getRequest().getBodyAsString().contains("Preserve for forensic examination"));
        inventory.verify(putRequestedFor(urlPathEqualTo(holdPath(b, number)))
                .withHeader("Authorization", WireMock.matching("Bearer .+")));

        JsonPath b2 = hold(caseId, holdB);
        assertEquals("ACTIVE", b2.getString("status"));
        assertTrue(b2.getInt("attempts") >= 3, "attempts: " + b2.getInt("attempts"));
        assertEquals(null, b2.getString("lastError"));
        given().auth().oauth2(AUDITOR).queryParam("delivery", "DELIVERED").queryParam("status", "ACTIVE")
                .when().get("/api/supplier/cases/{id}/holds", caseId)
                .then().statusCode(200).body("items.id", contains(holdB));
    }

    @Test
    void aRefusalFailsTheHoldWithInventorysReasonAndIsNotRetried() {
        String caseId = openCase();
        String number = number(caseId);
        UUID unknown = UUID.randomUUID();
        deviceEvidence(caseId, unknown);
        InventoryStub.server().stubFor(put(urlPathEqualTo(holdPath(unknown, number))).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"/problems/not-found\",\"status\":404,\"detail\":\"Device " + unknown
                                + " does not exist\"}")));
        String holdId = place(LEGAL, caseId, Map.of("deviceIds", List.of(unknown.toString())))
                .statusCode(201).extract().path("items[0].id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "FAILED".equals(hold(caseId, holdId).getString("delivery")));
        JsonPath failed = hold(caseId, holdId);
        assertTrue(failed.getString("lastError").contains("Device " + unknown + " does not exist"), failed.getString("lastError"));
        assertEquals(1, failed.getInt("attempts"));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(1, calls(unknown, number).size(), "a refused hold is not sent again");

        // inventory never held it, so releasing it is local: nothing is sent
        given().auth().oauth2(LEGAL).when().post("/api/supplier/cases/{id}/holds/{h}/release", caseId, holdId)
                .then().statusCode(200).body("status", is("RELEASED"), "lastError", containsString("refused the placement"));
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertEquals(1, calls(unknown, number).size());
    }

    @Test
    void closingACaseWithActiveHoldsIsRefusedNamingTheDevices() {
        String caseId = openCase();
        UUID device = UUID.randomUUID();
        deviceEvidence(caseId, device);
        String holdId = place(LEGAL, caseId, Map.of("deviceIds", List.of(device.toString()))).statusCode(201)
                .extract().path("items[0].id");
        for (String status : List.of("INVESTIGATING", "FILED", "IN_LITIGATION", "SETTLED")) {
            moveCase(caseId, status);
        }
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("status", "CLOSED", "reason", "settled"))
                .when().post("/api/supplier/cases/{id}/status", caseId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(device.toString()), "detail", containsString("release"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", caseId).then().body("status", is("SETTLED"));
        assertEquals("ACTIVE", hold(caseId, holdId).getString("status"), "closing does not release holds");

        given().auth().oauth2(LEGAL).when().delete("/api/supplier/cases/{id}/holds/{h}", caseId, holdId).then().statusCode(200);
        moveCase(caseId, "CLOSED");
        place(LEGAL, caseId, Map.of("deviceIds", List.of(device.toString()))).statusCode(409)
                .body("detail", containsString("CLOSED"));
    }

    @Test
    void badHoldRequestsAreRefusedAndChangeNothing() {
        String caseId = openCase();
        UUID device = UUID.randomUUID();
        deviceEvidence(caseId, device);
        Map<String, Object> document = new HashMap<>();
        document.put("kind", "DOCUMENT");
        document.put("description", "Certificate of origin");
        document.put("reference", "a".repeat(64));
        String documentId = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(document)
                .when().post("/api/supplier/cases/{id}/evidence", caseId).then().statusCode(201).extract().path("id");

        place(LEGAL, caseId, Map.of()).statusCode(400).body("errors[0].field", is("deviceIds"));
        place(LEGAL, caseId, Map.of("deviceIds", List.of("not-a-uuid"))).statusCode(400);
        UUID stranger = UUID.randomUUID();
        place(LEGAL, caseId, Map.of("deviceIds", List.of(device.toString(), stranger.toString()))).statusCode(422)
                .body("detail", containsString(stranger + " is not DEVICE evidence"));
        place(LEGAL, caseId, Map.of("evidenceIds", List.of(documentId))).statusCode(422)
                .body("detail", containsString("only DEVICE evidence can be held"));
        place(LEGAL, UUID.randomUUID().toString(), Map.of("deviceIds", List.of(device.toString()))).statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/holds", caseId)
                .then().statusCode(200).body("items", hasSize(0));

        String holdId = place(LEGAL, caseId, Map.of("deviceIds", List.of(device.toString()))).statusCode(201)
                .header("Location", notNullValue()).extract().path("items[0].id");
        place(LEGAL, caseId, Map.of("deviceIds", List.of(device.toString()))).statusCode(409)
                .body("detail", containsString("already holds device(s) " + device));
        given().auth().oauth2(LEGAL).header("If-Match", "\"999\"").when().delete("/api/supplier/cases/{id}/holds/{h}", caseId, holdId)
                .then().statusCode(412);
        given().auth().oauth2(LEGAL).when().delete("/api/supplier/cases/{id}/holds/{h}", caseId, holdId).then().statusCode(200);
        given().auth().oauth2(LEGAL).when().delete("/api/supplier/cases/{id}/holds/{h}", caseId, holdId)
                .then().statusCode(409).body("detail", containsString("already released"));
        given().auth().oauth2(LEGAL).when().delete("/api/supplier/cases/{id}/holds/{h}", caseId, UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(AUDITOR).queryParam("delivery", "LOST").when().get("/api/supplier/cases/{id}/holds", caseId)
                .then().statusCode(400);
        // a device may be held again once its earlier hold is released
        place(LEGAL, caseId, Map.of("deviceIds", List.of(device.toString()))).statusCode(201);
        given().auth().oauth2(AUDITOR).when().get("/api/supplier/cases/{id}/holds", caseId)
                .then().statusCode(200).body("items", hasSize(2), "items.status", contains("RELEASED", "ACTIVE"),
                        "items[0].attempts", greaterThanOrEqualTo(0));
    }
}
