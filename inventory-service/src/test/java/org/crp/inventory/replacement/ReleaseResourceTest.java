package org.crp.inventory.replacement;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POST /api/inventory/replacements/releases: cameras a work order will no longer swap leave SCHEDULED. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReleaseResourceTest {

    static final String SERVICE = token("replacement-service", "service");
    static final String ADMIN = token("admin", "admin");
    static final String RELEASES = "/api/inventory/replacements/releases";
    /** A block the IEEE registry gives to Hikvision while the paperwork names a Korean maker: HIGH, so FLAGGED. */
    static final String RELABELLED = "44:19:B6";

    @Inject
    DataSource dataSource;

    String site;

    record Camera(String id, String serial) {
    }

    @BeforeEach
    void site() {
        site = Fixtures.site();
    }

    Camera camera(String macBlock) {
        Map<String, Object> body = Fixtures.device(site, null, macBlock);
        return new Camera(Fixtures.register(body), (String) body.get("serial"));
    }

    /** As replacement-service plans a camera: bulk status by serial. */
    static void schedule(Camera camera) {
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("serial", List.of(camera.serial()), "target", "SCHEDULED", "note", "planned for a swap"))
                .when().post("/api/inventory/devices/bulk/status").then().statusCode(200).body("devices", equalTo(1));
        status(camera, "SCHEDULED");
    }

    static void move(Camera camera, String status) {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", status, "reason", "by hand"))
                .when().post("/api/inventory/devices/{id}/status", camera.id()).then().statusCode(200);
    }

    static ValidatableResponse status(Camera camera, String status) {
        return given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", camera.id())
                .then().statusCode(200).body("status", equalTo(status));
    }

    static ValidatableResponse release(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(RELEASES).then();
    }

    static ValidatableResponse releaseIds(String reason, String... ids) {
        Map<String, Object> body = new HashMap<>();
        body.put("deviceIds", Arrays.asList(ids));
        body.put("reason", reason);
        return release(SERVICE, body).statusCode(200);
    }

    String rememberedStatus(Camera camera) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select status_before_schedule from device where id = ?")) {
            query.setObject(1, UUID.fromString(camera.id()));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aFlaggedCameraGoesBackToFlaggedWithTheReasonInItsHistory() {
        Camera camera = camera(RELABELLED);
        status(camera, "FLAGGED");
        schedule(camera);
        String reason = "work order 0191f0aa-0000-7000-8000-000000000001 cancelled: vendor withdrew";
        releaseIds(reason, camera.id())
                .body("released", equalTo(1), "devices.id", contains(camera.id()), "devices.serial", contains(camera.serial()),
                        "devices.status", contains("FLAGGED"), "skipped", empty());
        status(camera, "FLAGGED");
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", camera.id())
                .then().statusCode(200)
                .body("items.findAll { it.action == 'STATUS_CHANGED' }.last().changes.status.from", equalTo("SCHEDULED"),
                        "items.findAll { it.action == 'STATUS_CHANGED' }.last().changes.status.to", equalTo("FLAGGED"),
                        "items.findAll { it.action == 'STATUS_CHANGED' }.last().changes.reason", equalTo(reason),
                        "items.findAll { it.action == 'STATUS_CHANGED' }.last().subject", equalTo("replacement-service"),
                        "items.last().action", equalTo("STATUS_CHANGED"));
    }

    @Test
    void aQuarantinedCameraGoesBackToQuarantine() {
        Camera camera = camera("02:71:01");
        move(camera, "QUARANTINED");
        schedule(camera);
        releaseIds("work order failed", camera.id()).body("devices.status", contains("QUARANTINED"));
        status(camera, "QUARANTINED");
    }

    @Test
    void aLowRiskCameraGoesBackIntoServiceAndCanThenBeDeleted() {
        Camera camera = camera("02:71:02");
        status(camera, "IN_SERVICE").body("riskLevel", equalTo("LOW"));
        schedule(camera);
        given().auth().oauth2(PM).when().delete("/api/inventory/devices/{id}", camera.id()).then().statusCode(409);
        releaseIds("dropped by a re-plan", camera.id()).body("devices.status", contains("IN_SERVICE"));
        status(camera, "IN_SERVICE");
        given().auth().oauth2(PM).when().delete("/api/inventory/devices/{id}", camera.id()).then().statusCode(204);
    }

    @Test
    void aHighRiskCameraScheduledFromServiceIsFlaggedByTheRiskRuleOnItsWayBack() {
        Camera camera = camera(RELABELLED);
        // a reviewer put it back in service by hand; the plan then scheduled it from there
        move(camera, "IN_SERVICE");
        status(camera, "IN_SERVICE").body("riskLevel", equalTo("HIGH"));
        schedule(camera);
        releaseIds("work order cancelled", camera.id()).body("devices.status", contains("FLAGGED"));
        status(camera, "FLAGGED").body("riskLevel", equalTo("HIGH"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", camera.id())
                .then().statusCode(200)
                .body("items.findAll { it.action == 'STATUS_CHANGED' }.last().changes.status.from", equalTo("SCHEDULED"),
                        "items.findAll { it.action == 'STATUS_CHANGED' }.last().changes.status.to", equalTo("IN_SERVICE"),
                        "items.last().action", equalTo("RISK_ASSESSED"),
                        "items.last().changes.status.from", equalTo("IN_SERVICE"),
                        "items.last().changes.status.to", equalTo("FLAGGED"));
    }

    @Test
    void aCameraScheduledBeforeItsStatusWasKeptGoesBackIntoServiceOrFlaggedByItsRisk() throws SQLException {
        Camera low = camera("02:71:03");
        Camera high = camera(RELABELLED);
        schedule(low);
        schedule(high);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement(
                        "update device set status_before_schedule = null where id in (?, ?)")) {
            forget.setObject(1, UUID.fromString(low.id()));
            forget.setObject(2, UUID.fromString(high.id()));
            assertEquals(2, forget.executeUpdate());
        }
        releaseIds("work order cancelled", low.id(), high.id())
                .body("released", equalTo(2), "devices.id", contains(low.id(), high.id()),
                        "devices.status", contains("IN_SERVICE", "FLAGGED"));
    }

    @Test
    void aReplayChangesNothingAndListsTheCameraAsSkipped() {
        Camera camera = camera("02:71:04");
        schedule(camera);
        releaseIds("work order cancelled", camera.id()).body("released", equalTo(1));
        int version = given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", camera.id()).then().extract().path("version");
        int entries = given().auth().oauth2(PM).queryParam("total", true).when()
                .get("/api/inventory/devices/{id}/history", camera.id()).then().extract().path("total");

        releaseIds("work order cancelled", camera.id())
                .body("released", equalTo(0), "devices", empty(), "skipped.id", contains(camera.id()),
                        "skipped.reason", contains("not SCHEDULED (IN_SERVICE)"));
        status(camera, "IN_SERVICE").body("version", equalTo(version));
        given().auth().oauth2(PM).queryParam("total", true).when().get("/api/inventory/devices/{id}/history", camera.id())
                .then().body("total", equalTo(entries));
    }

    @Test
    void unknownIdsAreSkippedAndTheOthersReleased() {
        Camera scheduled = camera("02:71:05");
        Camera inService = camera("02:71:06");
        schedule(scheduled);
        String unknown = UUID.randomUUID().toString();
        releaseIds(null, unknown, scheduled.id(), inService.id(), scheduled.id())
                .body("released", equalTo(1), "devices.id", contains(scheduled.id()),
                        "skipped.id", contains(unknown, inService.id()),
                        "skipped.reason", contains("no such device", "not SCHEDULED (IN_SERVICE)"));
        // without a reason the history still says why
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", scheduled.id())
                .then().body("items.last().changes.reason", equalTo("released from a replacement plan"));
    }

    @Test
    void movingACameraOutOfScheduledByHandForgetsWhereItCameFrom() throws SQLException {
        Camera camera = camera(RELABELLED);
        schedule(camera);
        assertEquals("FLAGGED", rememberedStatus(camera));
        move(camera, "QUARANTINED");
        assertEquals(null, rememberedStatus(camera));
        schedule(camera);
        assertEquals("QUARANTINED", rememberedStatus(camera));
        releaseIds("work order failed", camera.id()).body("devices.status", contains("QUARANTINED"));
        assertEquals(null, rememberedStatus(camera));
        status(camera, "QUARANTINED");
    }

    @Test
    void twoReleasesAtOnceReleaseEachCameraOnce() throws Exception {
        List<Camera> cameras = IntStream.range(0, 20).mapToObj(i -> camera("02:71:07")).toList();
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("siteId", List.of(site), "target", "SCHEDULED"))
                .when().post("/api/inventory/devices/bulk/status").then().statusCode(200).body("devices", equalTo(20));
        Map<String, Object> body = Map.of("deviceIds", cameras.stream().map(Camera::id).toList(), "reason", "cancelled");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return release(SERVICE, body).statusCode(200).extract().path("released");
            }));
        }
        int released = 0;
        for (CompletableFuture<Integer> call : calls) {
            released += call.get();
        }
        assertEquals(20, released, "each camera released by exactly one of the two calls");
        for (Camera camera : cameras) {
            given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", camera.id())
                    .then().body("items.findAll { it.action == 'STATUS_CHANGED' && it.changes.status.from == 'SCHEDULED' }",
                            hasSize(1));
        }
    }

    @Test
    void onlyServicesAndAdminsRelease() {
        Camera camera = camera("02:71:08");
        schedule(camera);
        Map<String, Object> body = Map.of("deviceIds", List.of(camera.id()));
        release(PM, body).statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().post(RELEASES).then().statusCode(401);
        status(camera, "SCHEDULED");
        release(ADMIN, body).statusCode(200).body("released", equalTo(1));
        release(SERVICE, body).statusCode(200).body("released", equalTo(0));
    }

    @Test
    void badBodiesAre400NamingTheFieldAndChangeNothing() {
        Camera camera = camera("02:71:09");
        schedule(camera);
        release(SERVICE, Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("deviceIds"), "errors.message", contains("must not be null"));
        release(SERVICE, Map.of("deviceIds", List.of())).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("deviceIds"), "errors.message", contains("size must be between 1 and 1000"));
        List<String> tooMany = new ArrayList<>(IntStream.range(0, 1000).mapToObj(i -> UUID.randomUUID().toString()).toList());
        tooMany.add(camera.id());
        release(SERVICE, Map.of("deviceIds", tooMany)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("deviceIds"), "errors.message", contains("size must be between 1 and 1000"));
        release(SERVICE, Map.of("deviceIds", Arrays.asList(camera.id(), null))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("deviceIds[1]"), "errors.message", contains("must not be null"));
        release(SERVICE, Map.of("deviceIds", List.of(camera.id(), "not-a-uuid"))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("deviceIds[1]"), "errors.message", contains("'not-a-uuid' is not an id (a UUID)"));
        release(SERVICE, Map.of("deviceIds", List.of(camera.id()), "reason", "x".repeat(501))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("reason"), "detail", containsString("size must be between 0 and 500"));
        release(SERVICE, Map.of("deviceIds", camera.id())).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("deviceIds"));
        status(camera, "SCHEDULED");
        // exactly 1000 and a 500-character reason are accepted
        List<String> thousand = new ArrayList<>(tooMany.subList(1, 1001));
        release(SERVICE, Map.of("deviceIds", thousand, "reason", "x".repeat(500))).statusCode(200)
                .body("released", equalTo(1), "skipped", hasSize(999), "devices[0].id", equalTo(camera.id()),
                        "devices[0].serial", equalTo(camera.serial()), "devices[0].status", equalTo("IN_SERVICE"),
                        "skipped[0].reason", equalTo("no such device"));
    }
}
