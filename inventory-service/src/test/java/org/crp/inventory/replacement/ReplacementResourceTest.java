package org.crp.inventory.replacement;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReplacementResourceTest {

    static final String SERVICE = token("replacement-service", "service");

    static Map<String, Object> newCamera(String macBlock, String maker) {
        Map<String, Object> camera = new HashMap<>();
        camera.put("serial", "NEW" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        camera.put("model", "XNO-6080R");
        camera.put("manufacturer", maker);
        camera.put("country", "KR");
        camera.put("macAddress", Fixtures.mac(macBlock));
        camera.put("installDate", "2026-01-15");
        return camera;
    }

    @Test
    void aSwapRemovesTheOldCameraAndRegistersTheNewOneInTheSameZoneOnce() {
        String site = Fixtures.site();
        String zone = Fixtures.zone(site, 4);
        String old = Fixtures.register(Fixtures.device(site, zone, "44:19:B6"));
        String workOrder = UUID.randomUUID().toString();
        Map<String, Object> request = Map.of("workOrderId", workOrder, "oldDeviceId", old,
                "newDevice", newCamera("02:55:66", "Hanwha Vision"));
        String fresh = given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(request)
                .when().post("/api/inventory/replacements")
                .then().statusCode(200).body("oldDeviceStatus", equalTo("REMOVED"), "newDeviceStatus", equalTo("IN_SERVICE"))
                .extract().path("newDeviceId");
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", fresh)
                .then().body("zoneId", equalTo(zone), "siteId", equalTo(site), "replacesDeviceId", equalTo(old));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", old)
                .then().body("status", equalTo("REMOVED"), "replacedByDeviceId", equalTo(fresh));

        // the relay retries: same answer, nothing new written
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON).body(request)
                .when().post("/api/inventory/replacements")
                .then().statusCode(200).body("newDeviceId", equalTo(fresh));
        given().auth().oauth2(PM).queryParam("siteId", site).queryParam("total", true).when().get("/api/inventory/devices")
                .then().body("total", equalTo(2));
    }

    /** The links are set after the new camera's CREATED snapshot: each camera's history records its own. */
    @Test
    void eachCamerasHistoryRecordsTheSwapWithTheWorkOrderAndTheOtherCamera() {
        String site = Fixtures.site();
        String old = Fixtures.register(Fixtures.device(site, null, "02:77:08"));
        String workOrder = UUID.randomUUID().toString();
        String fresh = given().auth().oauth2(SERVICE).header("X-Acting-For", "vendor1").header("X-Request-Id", "swap-000000000001")
                .contentType(ContentType.JSON)
                .body(Map.of("workOrderId", workOrder, "oldDeviceId", old, "newDevice", newCamera("02:77:09", "Hanwha Vision")))
                .when().post("/api/inventory/replacements").then().statusCode(200).extract().path("newDeviceId");
        String auditor = token("auditor", "auditor");
        given().auth().oauth2(auditor).when().get("/api/inventory/devices/{id}/history", old).then().statusCode(200)
                .body("items.action", contains("CREATED", "STATUS_CHANGED", "REPLACEMENT_LINKED"),
                        "items[2].changes.workOrderId", equalTo(workOrder),
                        "items[2].changes.replacedByDeviceId.from", nullValue(),
                        "items[2].changes.replacedByDeviceId.to", equalTo(fresh),
                        "items[2].subject", equalTo("vendor1 via replacement-service"),
                        "items[2].requestId", equalTo("swap-000000000001"));
        given().auth().oauth2(auditor).when().get("/api/inventory/devices/{id}/history", fresh).then().statusCode(200)
                .body("items.action", hasItem("REPLACEMENT_LINKED"),
                        "items.find { it.action == 'CREATED' }.changes.replacesDeviceId", nullValue(),
                        "items.find { it.action == 'REPLACEMENT_LINKED' }.changes.workOrderId", equalTo(workOrder),
                        "items.find { it.action == 'REPLACEMENT_LINKED' }.changes.replacesDeviceId.to", equalTo(old),
                        "items.find { it.action == 'REPLACEMENT_LINKED' }.subject", equalTo("vendor1 via replacement-service"));
    }

    @Test
    void aCoveredOrRelabelledReplacementIsRefusedAndNothingIsWritten() {
        String site = Fixtures.site();
        String old = Fixtures.register(Fixtures.device(site, null, "02:77:01"));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", UUID.randomUUID().toString(), "oldDeviceId", old,
                        "newDevice", newCamera("44:19:B6", "Hanwha Vision")))
                .when().post("/api/inventory/replacements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("covered"), "errors.message", hasItem(containsString("RELABEL_SUSPECTED")));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", UUID.randomUUID().toString(), "oldDeviceId", old,
                        "newDevice", newCamera("02:77:02", "Hikvision")))
                .when().post("/api/inventory/replacements")
                .then().statusCode(422).body("errors.message", hasItem(containsString("COVERED_MANUFACTURER")));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", old).then().body("status", equalTo("IN_SERVICE"));
        given().auth().oauth2(PM).queryParam("siteId", site).queryParam("total", true).when().get("/api/inventory/devices")
                .then().body("total", equalTo(1));
    }

    @Test
    void aCameraReplacedOnceCannotBeReplacedByAnotherWorkOrder() {
        String site = Fixtures.site();
        String old = Fixtures.register(Fixtures.device(site, null, "02:77:03"));
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", UUID.randomUUID().toString(), "oldDeviceId", old, "newDevice", newCamera("02:77:04", "Hanwha Vision")))
                .when().post("/api/inventory/replacements").then().statusCode(200);
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", UUID.randomUUID().toString(), "oldDeviceId", old, "newDevice", newCamera("02:77:05", "Hanwha Vision")))
                .when().post("/api/inventory/replacements").then().statusCode(409);
    }

    @Test
    void onlyServicesRecordSwapsAndBadBodiesAre400() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/inventory/replacements").then().statusCode(403);
        Map<String, Object> camera = newCamera("02:77:06", "Hanwha Vision");
        camera.put("country", "ZZ");
        camera.remove("serial");
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", "not-a-uuid", "oldDeviceId", UUID.randomUUID().toString(), "newDevice", camera))
                .when().post("/api/inventory/replacements").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", UUID.randomUUID().toString(), "oldDeviceId", UUID.randomUUID().toString(), "newDevice", camera))
                .when().post("/api/inventory/replacements").then().statusCode(400)
                .body("errors.field", hasItem("newDevice.country"), "errors.field", hasItem("newDevice.serial"));
        // the serial follows the register's rule, as a registration's does
        Map<String, Object> spaced = newCamera("02:77:07", "Hanwha Vision");
        spaced.put("serial", "NEW CAM <1>");
        given().auth().oauth2(SERVICE).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", UUID.randomUUID().toString(), "oldDeviceId", UUID.randomUUID().toString(), "newDevice", spaced))
                .when().post("/api/inventory/replacements").then().statusCode(400)
                .body("errors.field", hasItem("newDevice.serial"));
    }
}
