package org.crp.inventory.device;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeviceLifecycleTest {

    static final String PM = token("pm", "program-manager");
    static final String LEGAL = token("legal", "legal-counsel");
    String siteId;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void site() {
        siteId = given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", "L-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "name", "Base",
                        "region", "Jeolla"))
                .when().post("/api/inventory/sites").then().statusCode(201).extract().path("id");
    }

    Map<String, Object> body(String macPrefix) {
        Map<String, Object> body = new HashMap<>();
        body.put("serial", "LC" + UUID.randomUUID().toString().replace("-", "").substring(0, 14));
        body.put("model", "XNV-6080");
        body.put("declaredManufacturer", "Hanseong Optics");
        body.put("declaredCountry", "KR");
        body.put("macAddress", macPrefix + String.format(":%02X:%02X:%02X", ThreadLocalRandom.current().nextInt(256),
                ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256)));
        body.put("siteId", siteId);
        return body;
    }

    String register(Map<String, Object> body) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/inventory/devices").then().statusCode(201).extract().path("id");
    }

    void move(String id, String status, int expected) {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", status))
                .when().post("/api/inventory/devices/{id}/status", id).then().statusCode(expected);
    }

    @Test
    void updateHonoursIfMatch() {
        Map<String, Object> body = body("02:10:20");
        String id = register(body);
        body.put("firmwareVersion", "V5.7.1");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/inventory/devices/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"").body("firmwareVersion", equalTo("V5.7.1"));
        body.put("firmwareVersion", "V9");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/inventory/devices/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
        // a value that is no version at all is the caller's mistake, not a lost race
        for (String garbage : List.of("garbage", "\"-1\"", "\"1 OR 1=1\"", "\"\"")) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", garbage).body(body)
                    .when().put("/api/inventory/devices/{id}", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("If-Match"), "detail", containsString("send the ETag you read"));
        }
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().body("firmwareVersion", equalTo("V5.7.1"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsNamedWithoutTheServersTypes() {
        Map<String, Object> body = body("02:10:2F");
        body.put("serial", 12345);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body).when().post("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("serial"), "errors[0].message", equalTo("'12345' is not text (a JSON string)"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body("{\"serial\": NaN}").when().post("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("the body is not valid JSON: Non-standard token 'NaN'"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices?serial=12345").then().body("items", empty());
    }

    @Test
    void twoConcurrentUpdatesOneWinsTheOtherIsRefused() throws Exception {
        Map<String, Object> body = body("02:10:21");
        String id = register(body);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> updates = new ArrayList<>();
        for (String firmware : List.of("A-1", "B-2")) {
            Map<String, Object> change = new HashMap<>(body);
            change.put("firmwareVersion", firmware);
            updates.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change)
                        .when().put("/api/inventory/devices/{id}", id).then().extract().statusCode();
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> update : updates) {
            statuses.add(update.get());
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one update wins: " + statuses);
        assertTrue(statuses.stream().anyMatch(s -> s == 409 || s == 412), "the other is refused as stale: " + statuses);
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().body("version", equalTo(1));
    }

    @Test
    void transitionsFollowTheTable() {
        String id = register(body("02:10:22"));
        move(id, "DISPOSED", 409);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "DISPOSED"))
                .when().post("/api/inventory/devices/{id}/status", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("allowed"), "detail", containsString("SCHEDULED"));
        move(id, "SCHEDULED", 200);
        move(id, "REMOVED", 200);
        move(id, "IN_SERVICE", 409);
        move(id, "DISPOSED", 200);
        move(id, "REMOVED", 409);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "LOST"))
                .when().post("/api/inventory/devices/{id}/status", id).then().statusCode(400);
    }

    @Test
    void heldDeviceCannotBeDisposedOrDeletedUntilEveryHoldIsReleased() {
        String id = register(body("02:10:23"));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("reason", "evidence"))
                .when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0001")
                .then().statusCode(200).body("legalHolds", contains("LC-2026-0001"));
        // placing the same hold again changes nothing
        given().auth().oauth2(token("supplier-service", "service")).contentType(ContentType.JSON)
                .when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0001")
                .then().statusCode(200).body("legalHolds", contains("LC-2026-0001"));
        given().auth().oauth2(LEGAL).when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0002")
                .then().statusCode(200).body("legalHolds", contains("LC-2026-0001", "LC-2026-0002"));
        move(id, "REMOVED", 200);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "DISPOSED"))
                .when().post("/api/inventory/devices/{id}/status", id)
                .then().statusCode(409).body("detail", containsString("LC-2026-0001"), "detail", containsString("LC-2026-0002"));
        given().auth().oauth2(PM).when().delete("/api/inventory/devices/{id}", id).then().statusCode(409);
        given().auth().oauth2(LEGAL).when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0001")
                .then().statusCode(200).body("legalHolds", contains("LC-2026-0002"));
        given().auth().oauth2(LEGAL).when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0001")
                .then().statusCode(200).body("legalHolds", contains("LC-2026-0002"));
        move(id, "DISPOSED", 409);
        given().auth().oauth2(LEGAL).when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0002")
                .then().statusCode(200).body("legalHolds", empty());
        move(id, "DISPOSED", 200);
    }

    /** supplier-service keeps its cases' holds: a person cannot lift one behind its back, the service can. */
    @Test
    void aHoldSupplierServicePlacedIsReleasedOnlyThroughIt() {
        String id = register(body("02:10:27"));
        String supplier = token("supplier-service", "service");
        given().auth().oauth2(supplier).when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0031")
                .then().statusCode(200);
        given().auth().oauth2(LEGAL).when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0032")
                .then().statusCode(200);
        for (String person : List.of(LEGAL, token("admin", "admin"))) {
            given().auth().oauth2(person).when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0031")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("placed by supplier-service"));
        }
        // a hold a person placed is still theirs to lift
        given().auth().oauth2(LEGAL).when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0032")
                .then().statusCode(200).body("legalHolds", contains("LC-2026-0031"));
        given().auth().oauth2(supplier).when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0031")
                .then().statusCode(200).body("legalHolds", empty());
    }

    /** Inspections, flow records and released holds are evidence: their camera is kept, and the 409 says why. */
    @Test
    void aCameraWithEvidenceIsNotDeletedAndTheRefusalSaysWhy() {
        String security = token("security", "security-officer");
        Map<String, Object> camera = body("02:10:2C");
        String id = register(camera);
        Map<String, Object> inspection = Map.of("kind", "FIRMWARE", "inspector", "Lee Forensics", "inspectedOn", "2026-03-01",
                "verifiedManufacturer", "Hanseong Optics", "verifiedCountry", "KR");
        given().auth().oauth2(security).contentType(ContentType.JSON).body(inspection)
                .when().post("/api/inventory/devices/{id}/inspections", id).then().statusCode(201);
        Map<String, Object> flow = Map.of("time", "2026-04-01T02:03:04Z", "sourceMac", camera.get("macAddress"),
                "destination", "10.1.2.3", "port", 554, "protocol", "TCP", "destinationCountry", "KR", "bytes", 100);
        given().auth().oauth2(security).contentType(ContentType.JSON).body(List.of(flow, flow))
                .when().post("/api/inventory/observations").then().statusCode(200).body("matched", equalTo(2));
        given().auth().oauth2(LEGAL).when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0061").then().statusCode(200);
        given().auth().oauth2(LEGAL).when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0061").then().statusCode(200);

        given().auth().oauth2(PM).when().delete("/api/inventory/devices/{id}", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("has 1 inspection, 2 network observations and 1 released legal hold, which are"
                        + " evidence and are kept; move it to REMOVED (and later DISPOSED) instead"));
        move(id, "REMOVED", 200);
        given().auth().oauth2(PM).when().delete("/api/inventory/devices/{id}", id)
                .then().statusCode(409).body("detail", containsString("move it to DISPOSED instead"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().statusCode(200);
    }

    /**
     * Every service account holds the service role: replacement-service's cannot lift supplier-service's hold. The
     * account that placed it can, whoever it acts for.
     */
    @Test
    void aServiceHoldIsReleasedOnlyByTheServiceAccountThatPlacedIt() {
        String id = register(body("02:10:2B"));
        String supplier = token("service-account-supplier-service", "service");
        given().auth().oauth2(supplier).header("X-Acting-For", "legal")
                .when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0051").then().statusCode(200);
        given().auth().oauth2(token("service-account-replacement-service", "service"))
                .when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0051")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("only service-account-supplier-service may release it"),
                        "detail", not(containsString("legal via")));
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/devices/{id}", id)
                .then().body("legalHolds", contains("LC-2026-0051"));
        given().auth().oauth2(supplier).header("X-Acting-For", "another-lawyer")
                .when().delete("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0051")
                .then().statusCode(200).body("legalHolds", empty());
    }

    /** A service acting for someone (X-Acting-For) is recorded as that person via the service; nobody else is believed. */
    @Test
    void aChangeThroughAServiceNamesThePersonAndTheOriginalRequest() {
        String id = register(body("02:10:2A"));
        given().auth().oauth2(token("supplier-service", "service")).header("X-Acting-For", "legal")
                .header("X-Request-Id", "case-hold-000077")
                .when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0041").then().statusCode(200);
        given().auth().oauth2(LEGAL).header("X-Acting-For", "someone-else")
                .when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0042").then().statusCode(200);
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/devices/{id}/history", id)
                .then().statusCode(200).body("items.action", contains("CREATED", "HOLD_PLACED", "HOLD_PLACED"),
                        "items[1].subject", equalTo("legal via supplier-service"),
                        "items[1].requestId", equalTo("case-hold-000077"), "items[2].subject", equalTo("legal"));
    }

    /** A camera a work order will swap cannot be deleted; a deleted camera's history stays readable. */
    @Test
    void aScheduledCameraIsKeptAndADeletedOnesHistoryStaysReadable() {
        String scheduled = register(body("02:10:28"));
        move(scheduled, "SCHEDULED", 200);
        given().auth().oauth2(PM).when().delete("/api/inventory/devices/{id}", scheduled).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SCHEDULED"));
        String mistake = register(body("02:10:29"));
        given().auth().oauth2(PM).when().delete("/api/inventory/devices/{id}", mistake).then().statusCode(204);
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/devices/{id}/history", mistake)
                .then().statusCode(200).body("items.action", contains("CREATED", "DELETED"));
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/devices/{id}/history", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * supplier-service relays holds with no If-Match: a hold placed while another transaction is changing the
     * device waits for it and then applies, where an optimistic check gave a 409 that the relay took as final.
     */
    @Test
    void aHoldWaitsForAConcurrentWriterOfTheDeviceInsteadOfFailing() throws Exception {
        String id = register(body("02:10:24"));
        try (Connection writer = dataSource.getConnection(); Connection watcher = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            try (PreparedStatement update = writer.prepareStatement(
                    "update device set firmware_version = 'V9.1', version = version + 1 where id = ?")) {
                update.setObject(1, UUID.fromString(id));
                assertEquals(1, update.executeUpdate());
            }
            CompletableFuture<Integer> hold = CompletableFuture.supplyAsync(() -> given()
                    .auth().oauth2(token("supplier-service", "service")).contentType(ContentType.JSON)
                    .when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-2026-0777").then().extract().statusCode());
            // the hold's transaction is waiting for the writer's row lock
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> waitingForALock(watcher));
            writer.commit();
            assertEquals(200, hold.get(30, TimeUnit.SECONDS));
        }
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().statusCode(200)
                .body("legalHolds", contains("LC-2026-0777"), "firmwareVersion", equalTo("V9.1"), "version", equalTo(2));
    }

    static boolean waitingForALock(Connection watcher) throws SQLException {
        try (var rs = watcher.createStatement().executeQuery("select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and datname = current_database()")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    @Test
    void holdsNeedLegalOrServiceRoleAndAValidCaseId() {
        String id = register(body("02:10:24"));
        given().auth().oauth2(PM).when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-1").then().statusCode(403);
        given().auth().oauth2(LEGAL).when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC 1;drop")
                .then().statusCode(400).body("errors[0].field", equalTo("caseId"));
        given().auth().oauth2(LEGAL).when().put("/api/inventory/devices/{id}/holds/{case}", UUID.randomUUID(), "LC-1")
                .then().statusCode(404);
    }

    @Test
    void historyKeepsWhoDidWhatUnderWhichRequest() {
        Map<String, Object> body = body("02:10:25");
        String id = register(body);
        body.put("assetTag", "AT-77");
        given().auth().oauth2(token("security", "security-officer")).header("X-Request-Id", "hist-req-000001")
                .contentType(ContentType.JSON).body(body).when().put("/api/inventory/devices/{id}", id).then().statusCode(200);
        given().auth().oauth2(LEGAL).when().put("/api/inventory/devices/{id}/holds/{case}", id, "LC-9").then().statusCode(200);
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/devices/{id}/history", id)
                .then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED", "HOLD_PLACED"),
                        "items[1].subject", equalTo("security"), "items[1].requestId", equalTo("hist-req-000001"),
                        "items[1].changes.assetTag.to", equalTo("AT-77"), "items[2].subject", equalTo("legal"));
    }

    @Test
    void aRelabelledCameraIsFlaggedWithItsReasons() {
        // 44:19:B6 is a block the IEEE registry gives to Hikvision; the paperwork says a Korean maker
        String id = register(body("44:19:B6"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("FLAGGED"), "riskLevel", equalTo("HIGH"),
                        "riskReasons.code", hasItem("RELABEL_SUSPECTED"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", id)
                .then().body("items.action", hasItems("CREATED", "RISK_ASSESSED"));
    }
}
